import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import { addBackground, backgroundOf, setBackground, yearIn, yearTyped } from './background';
import { sentencesByPosition } from './events';
import { draftFromText } from './read';

const draft = () =>
	draftFromText('Egypt took the canal in July 1956. Britain had held it since 1882.', 'd', 1);

describe('background in the studio', () => {
	it('takes a sentence’s section and words, and offers the year it names', () => {
		const c = draft();
		const older = sentencesByPosition(c)[1]!;
		const b = backgroundOf(addBackground(c, older))[0];
		expect(b).toMatchObject({ title: '', when: '1882', year: 1882, evidence: [older.text] });
		expect(b!.section).toBe(older.section);
		expect(yearIn('nearly four decades ago')).toBe('');
	});

	it('keeps a year typed as words until it is a whole number, and the checker says so at its field', () => {
		let c = addBackground(draft(), sentencesByPosition(draft())[1]!);
		c = setBackground(c, 0, 'year', yearTyped('18'));
		expect(backgroundOf(c)[0]!.year).toBe(18);
		c = setBackground(c, 0, 'year', yearTyped('about 1880'));
		expect(backgroundOf(c)[0]!.year).toBe('about 1880');
		expect(checkDraft(c).find((x) => x.field === 'background.0.year')?.where).toBe(
			'Background 1 (year)'
		);
		expect(checkDraft(c).find((x) => x.field === 'background.0.title')?.where).toBe(
			'Background 1 (title)'
		);
	});
});
