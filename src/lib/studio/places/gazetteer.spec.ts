import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteerText } from '../../../../scripts/gazetteer.mjs';
import { placesInText, readGazetteer, searchGazetteer } from './gazetteer';

const entries = readGazetteer(gazetteerText());
const names = (typed: string) => searchGazetteer(entries, typed).map((p) => p.name);

describe('the gazetteer', () => {
	it('finds the article’s cities where they are', () => {
		const [mosul] = searchGazetteer(entries, 'Mosul');
		expect(mosul).toMatchObject({ name: 'Mosul', country: 'Iraq', kind: 'city' });
		// The module's own coordinates, looked up by hand: within a tenth of a degree.
		expect(mosul!.lat).toBeCloseTo(36.34, 1);
		expect(mosul!.lon).toBeCloseTo(43.13, 1);
		expect(names('tikrit')).toContain('Tikrit');
	});

	it('offers a country before the cities named like it, placed inside it', () => {
		const [iraq] = searchGazetteer(entries, 'Iraq');
		expect(iraq).toMatchObject({ name: 'Iraq', kind: 'state', country: '' });
		expect(iraq!.lat).toBeGreaterThan(29);
		expect(iraq!.lat).toBeLessThan(37.5);
		expect(iraq!.lon).toBeGreaterThan(38.8);
		expect(iraq!.lon).toBeLessThan(48.6);
	});

	it('matches the start of any word, without accents or case, the largest first', () => {
		expect(names('kut')).toContain('Al Kut');
		expect(names('BAGH')[0]).toBe('Baghdad');
		expect(names('tombua')).toContain('Tômbua');
	});

	it('offers at most eight, and nothing for nothing typed', () => {
		expect(searchGazetteer(entries, 'a')).toHaveLength(8);
		expect(searchGazetteer(entries, '  ')).toEqual([]);
		expect(names('zzqx')).toEqual([]);
	});

	it('finds the places a text names, in its order, each once, as the gazetteer spells them', () => {
		const text =
			'Fighters took Mosul, then Tikrit. Reading the news in Baghdad, officials said Mosul had fallen. Both Iraq and Syria border Turkey; Ras al-Ayn is near it.';
		const found = placesInText(entries, text);
		expect(found.map((p) => p.name)).toEqual(['Mosul', 'Tikrit', 'Baghdad', 'Iraq', 'Syria', 'Turkey']);
		expect(found[0]).toMatchObject({ country: 'Iraq', kind: 'city' });
		// "Reading" begins a sentence: a capital there is no sign of a name.
		expect(found.map((p) => p.name)).not.toContain('Reading');
	});

	it('finds the first module’s places in its article', () => {
		const article = readFileSync('content/modules/iraq-crisis-2014/article.md', 'utf8');
		const names = placesInText(entries, article).map((p) => p.name);
		expect(names).toEqual(
			expect.arrayContaining(['Mosul', 'Tikrit', 'Baghdad', 'Iraq', 'Syria', 'Iran'])
		);
	});
});
