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

	it('brings a missed question back the same day, and one right at once after a day or more', () => {
		const due = Object.fromEntries(cards.map((c) => [c.questionId, c.due]));
		// ts-fsrs's relearning step, 10 minutes; its Hard step is half again as long.
		expect(due.missed).toBe(minutes(10));
		expect(due.second).toBe(minutes(15));
		// FSRS's first interval for Good, from its default weights at 90 % retention: 2 days.
		expect(due.right).toBe(T + 2 * day);
		expect(dueCards(cards, minutes(11)).map((c) => c.questionId)).toEqual(['missed']);
		expect(dueCards(cards, T + day).map((c) => c.questionId)).toEqual(['missed', 'second']);
	});

	it('pushes each success further than the one before', () => {
		let card = cards.find((c) => c.questionId === 'right')!;
		const gaps: number[] = [];
		for (let i = 0; i < 4; i++) {
			const next = reviewed(card, true, new Date(card.due));
			gaps.push(next.due - card.due);
			card = next;
		}
		for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!);
		expect(gaps[0]).toBeGreaterThan(day);
	});

	it('lets a missed question leave learning once it is reviewed right', () => {
		const missed = cards.find((c) => c.questionId === 'missed')!;
		const learnt = reviewed(missed, true, new Date(missed.due));
		expect(learnt.due - missed.due).toBeGreaterThanOrEqual(day);
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
