import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fill, locate, single, speaker, truth } from '$lib/module/fixtures';
import { AnswerSchema } from './answers';
import { needsMap } from './builds';
import { blankAnswer, isComplete, isCorrect, questionKinds } from './registry';
import type { Answer } from './types';

describe('the registry', () => {
	it('never accepts an answer of another type', () => {
		expect(isCorrect(single(), { type: 'fill', text: 'a' })).toBe(false);
		expect(isCorrect(fill(), { type: 'single', choice: 'ISIS' })).toBe(false);
		expect(isComplete(single(), { type: 'fill', text: 'a' })).toBe(false);
	});

	it('is not complete with no answer, and starts most types blank', () => {
		expect(isComplete(single(), null)).toBe(false);
		expect(blankAnswer(single())).toBeNull();
	});

	it('carries the map to a section only for a question that shows it', () => {
		expect(needsMap(locate())).toBe(true);
		expect([single(), truth(), speaker(), fill()].some(needsMap)).toBe(false);
	});

	it('files every type under its own name, with an answer schema for each', () => {
		const samples: Answer[] = [
			{ type: 'single', choice: 'a' },
			{ type: 'multiple', choices: ['a'] },
			{ type: 'truth', value: 'true' },
			{ type: 'match', pairs: { p1: 'p1' } },
			{ type: 'order', items: ['i1'] },
			{ type: 'fill', text: 'x' },
			{ type: 'classify', kinds: { s1: 'fact' } },
			{ type: 'locate', choice: 'mosul' },
			{ type: 'speaker', choice: 'obama' },
			{ type: 'relation', choice: 'obama' }
		];
		for (const [name, kind] of Object.entries(questionKinds)) expect(kind.type).toBe(name);
		expect(samples.map((a) => a.type)).toEqual(Object.keys(questionKinds));
		for (const a of samples) expect(v.is(AnswerSchema, a), a.type).toBe(true);
		expect(v.is(AnswerSchema, { type: 'essay', text: 'x' })).toBe(false);
	});
});
