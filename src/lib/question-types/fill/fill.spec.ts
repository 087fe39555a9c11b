import { describe, expect, it } from 'vitest';
import { fill } from '$lib/module/fixtures';
import { blankOf, isComplete, isCorrect } from '../registry';
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
