import { describe, expect, it } from 'vitest';
import { multiple } from '$lib/module/fixtures';
import { describeKey, isComplete, isCorrect } from '../registry';

describe('multiple select', () => {
	it('wants exactly the keyed set for multiple select, in any order', () => {
		expect(isCorrect(multiple(), { type: 'multiple', choices: ['c', 'a'] })).toBe(true);
		expect(isCorrect(multiple(), { type: 'multiple', choices: ['a'] })).toBe(false);
		expect(isCorrect(multiple(), { type: 'multiple', choices: ['a', 'b', 'c'] })).toBe(false);
		expect(isCorrect(multiple(), { type: 'multiple', choices: ['a', 'a'] })).toBe(false);
	});

	it('is not complete with nothing chosen', () => {
		expect(isComplete(multiple(), { type: 'multiple', choices: [] })).toBe(false);
	});

	it('words the key as every right option', () => {
		expect(describeKey(multiple())).toEqual(['A', 'C']);
	});
});
