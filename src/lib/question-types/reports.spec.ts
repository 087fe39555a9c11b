import { describe, expect, it } from 'vitest';
import {
	classify,
	fill,
	locate,
	match,
	multiple,
	order,
	single,
	speaker,
	truth
} from '$lib/module/fixtures';
import { answerLines, hasParts, questionTitle } from './reports';

describe('answers in words, for the dashboard', () => {
	it('words a one-part answer as the student saw it, and an unknown choice by its id', () => {
		expect(answerLines(single(), { type: 'single', choice: 'b' })).toEqual([
			{ key: 'b', text: 'B', right: false }
		]);
		expect(answerLines(truth(), { type: 'truth', value: 'not-stated' })).toEqual([
			{ key: 'not-stated', text: 'Not stated in the article', right: true }
		]);
		expect(answerLines(locate(), { type: 'locate', choice: 'kirkuk' })[0]!.text).toBe('Kirkuk');
		expect(answerLines(speaker(), { type: 'speaker', choice: 'obama' })[0]!.text).toBe(
			'Barack Obama'
		);
		expect(answerLines(single(), { type: 'single', choice: 'z' })[0]!.text).toBe('z');
		expect(answerLines(single(), { type: 'fill', text: 'B' })).toEqual([]);
	});

	it('keys typed answers as the grader reads them, and keeps the spelling typed', () => {
		const [a] = answerLines(fill(), { type: 'fill', text: ' isis. ' });
		const [b] = answerLines(fill(), { type: 'fill', text: 'ISIS' });
		expect(a).toEqual({ key: b!.key, text: 'isis.', right: true });
	});

	it('lists each option chosen, and each right option left out', () => {
		expect(answerLines(multiple(), { type: 'multiple', choices: ['a', 'b'] })).toEqual([
			{ key: 'a', text: 'A', right: true },
			{ key: 'b', text: 'B', right: false },
			{ key: 'left-out:c', text: 'Left out: C', right: false }
		]);
	});

	it('words each part of a classify, match or order answer, with the right one when wrong', () => {
		const kinds = answerLines(classify(), {
			type: 'classify',
			kinds: { s1: 'fact', s2: 'opinion' }
		});
		expect(kinds[0]).toEqual({
			key: 's1=fact',
			part: 'Kirkuk was taken.',
			text: 'Reported fact',
			right: true
		});
		expect(kinds[1]).toMatchObject({ text: "Author's opinion", expected: 'Quoted claim' });
		expect(kinds[2]).toMatchObject({ text: 'no answer', right: false });
		const pairs = answerLines(match(), {
			type: 'match',
			pairs: { p1: 'p1', p2: 'distractor-1' }
		});
		expect(pairs[1]).toEqual({
			key: 'p2=distractor-1',
			part: 'L2',
			text: 'R3',
			right: false,
			expected: 'R2'
		});
		const items = answerLines(order(), { type: 'order', items: ['i2', 'i1', 'i3'] });
		expect(items.map((l) => [l.part, l.text, l.right, l.expected])).toEqual([
			['Second', 'place 1', false, 'place 2'],
			['First', 'place 2', false, 'place 1'],
			['Third', 'place 3', true, undefined]
		]);
		expect([classify(), match(), order()].every(hasParts)).toBe(true);
		expect([single(), multiple(), fill(), truth()].some(hasParts)).toBe(false);
	});

	it('titles a truth question by its statement, the others by their prompt', () => {
		expect(questionTitle(truth())).toBe('Which? “X happened.”');
		expect(questionTitle(single())).toBe('Which?');
	});
});
