import { describe, expect, it } from 'vitest';
import { order } from '$lib/module/fixtures';
import { blankAnswer, describeKey, isCorrect } from '../registry';

describe('order', () => {
	it('needs the items in the keyed order', () => {
		expect(isCorrect(order(), { type: 'order', items: ['i1', 'i2', 'i3'] })).toBe(true);
		expect(isCorrect(order(), { type: 'order', items: ['i3', 'i1', 'i2'] })).toBe(false);
		expect(isCorrect(order(), { type: 'order', items: ['i1', 'i2'] })).toBe(false);
	});

	it('starts from the shuffled order, and words the key numbered', () => {
		expect(blankAnswer(order())).toEqual({ type: 'order', items: ['i3', 'i1', 'i2'] });
		expect(describeKey(order())).toEqual(['1. First', '2. Second', '3. Third']);
	});
});
