import { describe, expect, it } from 'vitest';
import { truth } from '$lib/module/fixtures';
import { describeKey, feedbackFor, isCorrect } from '../registry';

describe('true / false / not stated', () => {
	it('judges true / false / not stated', () => {
		expect(isCorrect(truth(), { type: 'truth', value: 'not-stated' })).toBe(true);
		expect(isCorrect(truth(), { type: 'truth', value: 'false' })).toBe(false);
	});

	it("words the key, gives the chosen value's feedback when wrong, and counts it as a choice", () => {
		const q = { ...truth(), feedback: { false: 'It is not said either way.' } };
		expect(describeKey(q)).toEqual(['Not stated in the article']);
		expect(feedbackFor(q, { type: 'truth', value: 'false' })).toEqual([
			'It is not said either way.'
		]);
		expect(feedbackFor(q, { type: 'truth', value: 'true' })).toEqual([]);
	});
});
