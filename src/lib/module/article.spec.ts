import { describe, expect, it } from 'vitest';
import { locateQuote, parseArticle, paragraphText } from './article';
import { stableShuffle } from './shuffle';

const text = `## First part {#one}

It began in Mosul. Then it spread.

> "We will act," he said. Nobody knew when.

## Second part {#two}

A line that
wraps onto two.
`;

describe('parseArticle', () => {
	it('splits sections, paragraphs and sentences, with stable ids', () => {
		const { sections, problems } = parseArticle(text);
		expect(problems).toEqual([]);
		expect(sections.map((s) => [s.id, s.number, s.title])).toEqual([
			['one', 1, 'First part'],
			['two', 2, 'Second part']
		]);
		const [first] = sections;
		expect(first?.paragraphs[0]?.sentences).toEqual([
			{ id: 'one-1-1', text: 'It began in Mosul.' },
			{ id: 'one-1-2', text: 'Then it spread.' }
		]);
		expect(first?.paragraphs[1]?.quote).toBe(true);
		expect(paragraphText(first!.paragraphs[1]!)).toBe('"We will act," he said. Nobody knew when.');
		expect(paragraphText(sections[1]!.paragraphs[0]!)).toBe('A line that wraps onto two.');
	});

	it('interprets no markup: tags stay text', () => {
		const { sections } = parseArticle('## T {#t}\n\n<img src=x onerror=alert(1)> *not bold*\n');
		expect(paragraphText(sections[0]!.paragraphs[0]!)).toBe(
			'<img src=x onerror=alert(1)> *not bold*'
		);
	});

	it('reports headings without ids, duplicate ids and text before any section, by line', () => {
		const { problems } = parseArticle(
			'Stray text.\n\n## No id\n\n## A {#a}\n\nx\n\n## B {#a}\n\ny\n'
		);
		expect(problems).toEqual([
			{ line: 1, message: 'text before the first section heading' },
			{ line: 3, message: expect.stringContaining('{#section-id}') },
			{ line: 9, message: 'section id "a" is used twice' }
		]);
	});
});

describe('locateQuote', () => {
	const { sections } = parseArticle(text);
	it('finds the sentences a quote covers', () => {
		expect(locateQuote(sections[0]!, 'Then it spread.')).toEqual(['one-1-2']);
		expect(locateQuote(sections[0]!, 'It began in Mosul. Then it spread.')).toEqual([
			'one-1-1',
			'one-1-2'
		]);
	});
	it('returns null for words not in the section', () => {
		expect(locateQuote(sections[0]!, 'It began in Tikrit.')).toBeNull();
		expect(locateQuote(sections[1]!, 'Then it spread.')).toBeNull();
	});
});

describe('stableShuffle', () => {
	it('is repeatable, a permutation, and never the original order', () => {
		for (const seed of ['a', 'b', 'q-7', 'zz']) {
			const items = ['1', '2', '3'];
			const once = stableShuffle(items, seed);
			expect(stableShuffle(items, seed)).toEqual(once);
			expect([...once].sort()).toEqual(items);
			expect(once).not.toEqual(items);
		}
	});
});
