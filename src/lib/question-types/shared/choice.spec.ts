import { describe, expect, it } from 'vitest';
import { locate, speaker } from '$lib/module/fixtures';
import { describeKey, isComplete, isCorrect } from '../registry';

describe('choice types (locate, speaker, relation)', () => {
	it('marks a place or a speaker right only when it is the keyed one', () => {
		expect(isCorrect(locate(), { type: 'locate', choice: 'mosul' })).toBe(true);
		expect(isCorrect(locate(), { type: 'locate', choice: 'kirkuk' })).toBe(false);
		expect(isCorrect(speaker(), { type: 'speaker', choice: 'obama' })).toBe(true);
		expect(isCorrect(speaker(), { type: 'locate', choice: 'obama' })).toBe(false);
		expect(isComplete(locate(), { type: 'locate', choice: '' })).toBe(false);
	});

	it("words the key as the right choice's name", () => {
		expect(describeKey(speaker())).toEqual(['Barack Obama']);
	});
});
