import { describe, expect, it } from 'vitest';
import { classify } from '$lib/module/fixtures';
import { feedbackFor, isComplete, isCorrect } from '../registry';

describe('classify', () => {
	it('needs every statement classified as keyed', () => {
		const right = { s1: 'fact', s2: 'claim', s3: 'opinion' } as const;
		expect(isCorrect(classify(), { type: 'classify', kinds: right })).toBe(true);
		expect(isCorrect(classify(), { type: 'classify', kinds: { ...right, s3: 'fact' } })).toBe(
			false
		);
	});

	it('is not complete until every statement is classified', () => {
		expect(isComplete(classify(), { type: 'classify', kinds: { s1: 'fact' } })).toBe(false);
	});

	it('gives the feedback of each statement classified wrong', () => {
		const kinds = { s1: 'fact', s2: 'claim', s3: 'fact' } as const;
		expect(feedbackFor(classify(), { type: 'classify', kinds })).toEqual(['Judgement words.']);
	});
});
