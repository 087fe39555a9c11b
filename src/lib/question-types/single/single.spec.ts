import { describe, expect, it } from 'vitest';
import { single } from '$lib/module/fixtures';
import { describeKey, feedbackFor, isCorrect } from '../registry';

describe('single choice', () => {
	it('marks a single choice right only for the keyed option', () => {
		expect(isCorrect(single(), { type: 'single', choice: 'a' })).toBe(true);
		expect(isCorrect(single(), { type: 'single', choice: 'b' })).toBe(false);
	});

	it("words the key as the right option's text, and gives a wrong option's feedback", () => {
		expect(describeKey(single())).toEqual(['A']);
		expect(feedbackFor(single(), { type: 'single', choice: 'b' })).toEqual(['B is wrong because…']);
		expect(feedbackFor(single(), { type: 'single', choice: 'a' })).toEqual([]);
	});
});
