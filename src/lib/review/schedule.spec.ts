import { describe, expect, it } from 'vitest';
import { attempt } from '$lib/module/fixtures';
import { dueCards, keyOf, newCards, reviewed } from './schedule';

const T = Date.parse('2026-11-25T10:00:00Z');
const minutes = (n: number) => T + n * 60_000;
const day = 24 * 60 * 60_000;

describe('spaced review', () => {
	const log = [
		attempt('right', true, { at: T }),
		attempt('second', false, { at: T }),
		attempt('second', true, { at: T, try: 2 }),
		attempt('missed', false, { at: T }),
		attempt('missed', false, { at: T, try: 2 }),
		attempt('open', false, { at: T }),
		attempt('assigned', true, { at: T, assignment: '1.a.b', round: 1 })
	];
	const cards = newCards(log, new Set());

	it('makes a card of each question finished in the student’s own work, and only those', () => {
		expect(cards.map((c) => c.questionId).sort()).toEqual(['missed', 'right', 'second']);
		expect(newCards(log, new Set(cards.map((c) => keyOf(c.moduleId, c.questionId))))).toEqual([]);
	});

	it('brings a missed question back sooner than one half known, and that sooner than one known', () => {
		const due = Object.fromEntries(cards.map((c) => [c.questionId, c.due]));
		expect(due.missed).toBe(minutes(1));
		expect(due.second).toBe(minutes(6));
		expect(due.right).toBe(minutes(10));
		expect(dueCards(cards, minutes(2)).map((c) => c.questionId)).toEqual(['missed']);
		expect(dueCards(cards, minutes(10)).map((c) => c.questionId)).toEqual([
			'missed',
			'second',
			'right'
		]);
	});

	it('moves a card reviewed right further away, and one reviewed wrong back close', () => {
		const right = cards.find((c) => c.questionId === 'right')!;
		const now = new Date(T + day);
		const again = reviewed(right, true, now);
		expect(again.due).toBeGreaterThan(now.getTime() + day);
		const forgot = reviewed(again, false, new Date(again.due));
		expect(forgot.due - again.due).toBeLessThan(day);
		expect(forgot.card.lapses).toBe(1);
	});
});
