import { describe, expect, it } from 'vitest';
import { findLinks, termId, type Form } from './mentions';
import { pieces } from './pieces';

const actor = (text: string, id: string): Form => ({ text, target: { actor: id } });
const term = (text: string, id: string): Form => ({ text, target: { term: id } });
const words = (text: string, forms: Form[]) =>
	findLinks(text, forms, 'm').map((l) => [text.slice(l.start, l.end), l.actor ?? l.term]);

describe('finding mentions in a sentence', () => {
	it('finds whole words only', () => {
		expect(words('Iran and Iranian forces', [actor('Iran', 'iran')])).toEqual([['Iran', 'iran']]);
		expect(words('the ISIS advance', [actor('ISIS', 'isis')])).toEqual([['ISIS', 'isis']]);
	});

	it('keeps the case of names, except at the start of a sentence', () => {
		expect(words('The Islamists staged a parade', [actor('the Islamists', 'isis')])).toEqual([
			['The Islamists', 'isis']
		]);
		expect(words('a turkey for dinner', [actor('Turkey', 'turkey')])).toEqual([]);
	});

	it('matches glossary words in any case', () => {
		expect(words('Sectarian divisions and sectarianism', [term('sectarian', 'sect')])).toEqual([
			['Sectarian', 'sect']
		]);
	});

	it('prefers the longer of two overlapping mentions, then the actor over the word', () => {
		const forms = [
			actor('Iraqi army', 'army'),
			actor('the old Iraqi army', 'old'),
			term('army', 'w')
		];
		expect(words('soldiers of the old Iraqi army fled', forms)).toEqual([
			['the old Iraqi army', 'old']
		]);
		expect(words('the peshmerga', [term('peshmerga', 'p'), actor('peshmerga', 'kurds')])).toEqual([
			['peshmerga', 'kurds']
		]);
	});

	it('numbers mentions for their element ids, and splits the sentence around them', () => {
		const text = 'Maliki met Obama.';
		const links = findLinks(text, [actor('Maliki', 'a'), actor('Obama', 'b')], 'm-s-1-1');
		expect(links.map((l) => l.id)).toEqual(['m-s-1-1-1', 'm-s-1-1-2']);
		expect(pieces(text, links).map((p) => (typeof p === 'string' ? p : `[${p.actor}]`))).toEqual([
			'[a]',
			' met ',
			'[b]',
			'.'
		]);
	});

	it('makes ids of glossary terms', () => {
		expect(termId('Sunni and Shia (Shiite)')).toBe('sunni-and-shia-shiite');
		expect(termId('Hellfire missile')).toBe('hellfire-missile');
	});
});
