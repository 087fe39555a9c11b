import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestNames } from './suggest';

const article = readFileSync('content/modules/iraq-crisis-2014/article.md', 'utf8');

describe('names suggested from the text', () => {
	it('offers the people, organisations and places the first module’s article names, as it writes them', () => {
		const words = suggestNames(article, []).map((s) => s.words);
		expect(words).toEqual(expect.arrayContaining(['Nouri al-Maliki', 'ISIS', 'Baghdad', 'Syria']));
		// Each once, without the punctuation or the possessive after it, never a lone title.
		expect(new Set(words).size).toBe(words.length);
		expect(words.some((w) => /[,.’']$|’s$/.test(w))).toBe(false);
		expect(words).not.toContain('President');
		for (const w of words) expect(article).toContain(w);
	});

	it('leaves out names already taken or dismissed, and starts each from a kind', () => {
		const found = suggestNames('Egypt took the canal. Prime Minister Anthony Eden spoke.', [
			'Egypt'
		]);
		expect(found).toEqual([{ words: 'Anthony Eden', what: 'person', kind: 'person' }]);
	});
});
