import { describe, expect, it } from 'vitest';
import {
	classify,
	fill,
	locate,
	match,
	multiple,
	order,
	single,
	speaker,
	truth
} from '$lib/module/fixtures';
import { getModule } from '$lib/server/content';
import { responseText } from '$lib/lms/scorm-notation';
import { lmsCorrect, lmsResponse } from './interactions';
import { isCorrect } from './registry';
import type { Answer, Question } from './types';

/** Each fixture with a right and a wrong answer to it. */
const cases: [Question, right: Answer, wrong: Answer][] = [
	[single(), { type: 'single', choice: 'a' }, { type: 'single', choice: 'b' }],
	[multiple(), { type: 'multiple', choices: ['c', 'a'] }, { type: 'multiple', choices: ['a'] }],
	[truth(), { type: 'truth', value: 'not-stated' }, { type: 'truth', value: 'true' }],
	[
		match(),
		{ type: 'match', pairs: { p1: 'p1', p2: 'p2' } },
		{ type: 'match', pairs: { p1: 'p2', p2: 'distractor-1' } }
	],
	[
		order(),
		{ type: 'order', items: ['i1', 'i2', 'i3'] },
		{ type: 'order', items: ['i2', 'i1', 'i3'] }
	],
	[
		fill(),
		{ type: 'fill', text: (fill() as { accept: string[] }).accept[0]! },
		{ type: 'fill', text: 'nobody' }
	],
	[
		classify(),
		{ type: 'classify', kinds: { s1: 'fact', s2: 'claim', s3: 'opinion' } },
		{ type: 'classify', kinds: { s1: 'claim', s2: 'claim', s3: 'fact' } }
	],
	[locate(), { type: 'locate', choice: 'mosul' }, { type: 'locate', choice: 'kirkuk' }],
	[speaker(), { type: 'speaker', choice: 'obama' }, { type: 'speaker', choice: 'boehner' }]
];

describe('answers as an LMS records them', () => {
	it('give a right answer the response of the key, and a wrong one another', () => {
		for (const [q, right, wrong] of cases) {
			expect(isCorrect(q, right), q.type).toBe(true);
			expect(isCorrect(q, wrong), q.type).toBe(false);
			expect(lmsResponse(q, right), q.type).toEqual(lmsCorrect(q));
			expect(lmsResponse(q, wrong), q.type).not.toEqual(lmsCorrect(q));
		}
	});

	it('name each type’s SCORM interaction, and nothing for an answer of another type', () => {
		expect(cases.map(([q]) => `${q.type}: ${lmsCorrect(q).type}`)).toEqual([
			'single: choice',
			'multiple: choice',
			'truth: choice',
			'match: matching',
			'order: sequencing',
			'fill: fill-in',
			'classify: matching',
			'locate: choice',
			'speaker: choice'
		]);
		expect(lmsResponse(single(), { type: 'truth', value: 'true' })).toBeNull();
	});

	it('keep every key of the first module within SCORM 1.2’s 255 characters, whole', () => {
		const iraq = getModule('iraq-crisis-2014')!;
		for (const q of iraq.questions) {
			// Cut at 255 would mean a key the LMS never sees whole.
			expect(responseText(lmsCorrect(q), '1.2').length, q.id).toBeLessThan(255);
		}
	});
});
