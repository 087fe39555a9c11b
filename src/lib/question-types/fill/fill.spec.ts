import { describe, expect, it } from 'vitest';
import { fill as fillBuild } from './build';
import { fill } from '$lib/module/fixtures';
import { blankOf, isComplete, isCorrect, rightNote } from '../registry';
import { normalizeTyped } from './kind';

describe('fill in the blank', () => {
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

	it('is not complete with only spaces typed', () => {
		expect(isComplete(fill(), { type: 'fill', text: '   ' })).toBe(false);
	});

	it('normalizes typed text', () => {
		expect(normalizeTyped('  Nouri   al-Mālikī ')).toBe('nouri al-maliki');
	});

	it('gives the prompt around its blank', () => {
		expect(blankOf(fill())).toEqual(['The group is called ', '.']);
	});
});

describe('a close misspelling in a fill-in', () => {
	const q = { ...fill(), accept: ['Maliki', 'Saddam Hussein', '$25 billion', 'Iraq'] };
	const given = (text: string) => ({ type: 'fill' as const, text });

	it('counts one letter added, dropped or changed in an answer of six letters or more', () => {
		for (const text of ['Malikki', 'Malki', 'Maliky', 'Saddam Husein', 'saddam hussain']) {
			expect(isCorrect(q, given(text)), text).toBe(true);
		}
	});

	it('does not count two letters off, a short answer one letter off, or another number', () => {
		for (const text of ['Mailki', 'Malkiy', 'Iran', 'Iraqi', '$35 billion', '$25 billions x']) {
			expect(isCorrect(q, given(text)), text).toBe(false);
		}
	});

	it('says the right spelling when a misspelling counts, and nothing when spelt right', () => {
		expect(rightNote(q, given('Malikki'))).toBe('Counted as right, though it is spelt “Maliki”.');
		expect(rightNote(q, given('maliki'))).toBeNull();
		expect(rightNote(q, given('Mailki'))).toBeNull();
	});
});

describe('a fill-in’s prompt, at build time', () => {
	const problems = (prompt: string) => {
		const found: string[] = [];
		const at = (_path: unknown, message: string) => void found.push(message);
		fillBuild.check(
			{ prompt } as Parameters<typeof fillBuild.check>[0],
			{
				at
			} as unknown as Parameters<typeof fillBuild.check>[1]
		);
		return found;
	};

	it('has one blank of three underscores, no more and no fewer', () => {
		expect(problems('Eden resigned in ___ 1957.')).toEqual([]);
		for (const prompt of ['Eden resigned in ____ 1957.', 'In ___ Eden ___.', 'In __ 1957.'])
			expect(problems(prompt)).toEqual([
				'must contain exactly one blank, written ___ (three underscores)'
			]);
	});
});
