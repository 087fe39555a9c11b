import { describe, expect, it } from 'vitest';
import { classify, fill, locate, match, multiple, order, single, speaker, truth } from './fixtures';
import { isComplete, isCorrect, normalizeTyped, pointsFor } from './grade';

describe('isCorrect', () => {
	it('marks a single choice right only for the keyed option', () => {
		expect(isCorrect(single(), { type: 'single', choice: 'a' })).toBe(true);
		expect(isCorrect(single(), { type: 'single', choice: 'b' })).toBe(false);
	});

	it('wants exactly the keyed set for multiple select, in any order', () => {
		expect(isCorrect(multiple(), { type: 'multiple', choices: ['c', 'a'] })).toBe(true);
		expect(isCorrect(multiple(), { type: 'multiple', choices: ['a'] })).toBe(false);
		expect(isCorrect(multiple(), { type: 'multiple', choices: ['a', 'b', 'c'] })).toBe(false);
		expect(isCorrect(multiple(), { type: 'multiple', choices: ['a', 'a'] })).toBe(false);
	});

	it('judges true / false / not stated', () => {
		expect(isCorrect(truth(), { type: 'truth', value: 'not-stated' })).toBe(true);
		expect(isCorrect(truth(), { type: 'truth', value: 'false' })).toBe(false);
	});

	it('needs every pair matched to its own right side', () => {
		expect(isCorrect(match(), { type: 'match', pairs: { p1: 'p1', p2: 'p2' } })).toBe(true);
		expect(isCorrect(match(), { type: 'match', pairs: { p1: 'p2', p2: 'p1' } })).toBe(false);
		expect(isCorrect(match(), { type: 'match', pairs: { p1: 'p1', p2: 'distractor-1' } })).toBe(
			false
		);
	});

	it('needs the items in the keyed order', () => {
		expect(isCorrect(order(), { type: 'order', items: ['i1', 'i2', 'i3'] })).toBe(true);
		expect(isCorrect(order(), { type: 'order', items: ['i3', 'i1', 'i2'] })).toBe(false);
		expect(isCorrect(order(), { type: 'order', items: ['i1', 'i2'] })).toBe(false);
	});

	it('accepts listed variants of a typed answer, ignoring case, accents and spacing', () => {
		const q = fill();
		for (const text of [
			'ISIS',
			'isil',
			'  Islamic   State of Iraq and the Levant ',
			'ÏSIS',
			'ISIS.'
		]) {
			expect(isCorrect(q, { type: 'fill', text }), text).toBe(true);
		}
		for (const text of ['', 'IS', 'Al Qaeda', 'ISIS ISIL']) {
			expect(isCorrect(q, { type: 'fill', text }), text).toBe(false);
		}
	});

	it('needs every statement classified as keyed', () => {
		const right = { s1: 'fact', s2: 'claim', s3: 'opinion' } as const;
		expect(isCorrect(classify(), { type: 'classify', kinds: right })).toBe(true);
		expect(isCorrect(classify(), { type: 'classify', kinds: { ...right, s3: 'fact' } })).toBe(
			false
		);
	});

	it('marks a place or a speaker right only when it is the keyed one', () => {
		expect(isCorrect(locate(), { type: 'locate', choice: 'mosul' })).toBe(true);
		expect(isCorrect(locate(), { type: 'locate', choice: 'kirkuk' })).toBe(false);
		expect(isCorrect(speaker(), { type: 'speaker', choice: 'obama' })).toBe(true);
		expect(isCorrect(speaker(), { type: 'locate', choice: 'obama' })).toBe(false);
		expect(isComplete(locate(), { type: 'locate', choice: '' })).toBe(false);
	});

	it('never accepts an answer of another type', () => {
		expect(isCorrect(single(), { type: 'fill', text: 'a' })).toBe(false);
		expect(isCorrect(fill(), { type: 'single', choice: 'ISIS' })).toBe(false);
	});
});

describe('isComplete', () => {
	it('is false until every part is answered', () => {
		expect(isComplete(single(), null)).toBe(false);
		expect(isComplete(fill(), { type: 'fill', text: '   ' })).toBe(false);
		expect(isComplete(match(), { type: 'match', pairs: { p1: 'p1' } })).toBe(false);
		expect(isComplete(match(), { type: 'match', pairs: { p1: 'p1', p2: 'p1' } })).toBe(true);
		expect(isComplete(classify(), { type: 'classify', kinds: { s1: 'fact' } })).toBe(false);
		expect(isComplete(multiple(), { type: 'multiple', choices: [] })).toBe(false);
	});
});

describe('scoring', () => {
	it('gives 1 at the first try, 0.5 at the second, 0 otherwise', () => {
		expect(pointsFor([true])).toBe(1);
		expect(pointsFor([false, true])).toBe(0.5);
		expect(pointsFor([false, false])).toBe(0);
		expect(pointsFor([])).toBe(0);
	});

	it('normalizes typed text', () => {
		expect(normalizeTyped('  Nouri   al-Mālikī ')).toBe('nouri al-maliki');
	});
});
