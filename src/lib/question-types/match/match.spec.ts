import { describe, expect, it } from 'vitest';
import { match } from '$lib/module/fixtures';
import { describeKey, isComplete, isCorrect } from '../registry';

describe('match', () => {
	it('needs every pair matched to its own right side', () => {
		expect(isCorrect(match(), { type: 'match', pairs: { p1: 'p1', p2: 'p2' } })).toBe(true);
		expect(isCorrect(match(), { type: 'match', pairs: { p1: 'p2', p2: 'p1' } })).toBe(false);
		expect(isCorrect(match(), { type: 'match', pairs: { p1: 'p1', p2: 'distractor-1' } })).toBe(
			false
		);
	});

	it('is complete once every left item has a choice, right or wrong', () => {
		expect(isComplete(match(), { type: 'match', pairs: { p1: 'p1' } })).toBe(false);
		expect(isComplete(match(), { type: 'match', pairs: { p1: 'p1', p2: 'p1' } })).toBe(true);
	});

	it('words the key one pair a line', () => {
		expect(describeKey(match())).toEqual(['L1 → R1', 'L2 → R2']);
	});
});
