import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paragraphText } from '$lib/module/article';
import type { Module } from '$lib/module/types';
import { parseModule } from './parse-module';

const root = 'content/modules';
const load = (id: string): Module =>
	parseModule(
		`${root}/${id}`,
		readFileSync(join(root, id, 'module.yaml'), 'utf8'),
		readFileSync(join(root, id, 'article.md'), 'utf8')
	);

describe('every module in content/modules', () => {
	for (const id of readdirSync(root)) {
		it(`${id} is valid and its id matches its folder`, () => {
			expect(load(id).id).toBe(id);
		});
	}
});

describe('the Iraq crisis module', () => {
	const mod = load('iraq-crisis-2014');
	const words = (s: string) => s.replace(/\s+/g, ' ').trim();

	it('holds the whole body of the source article, in order and unaltered', () => {
		const source = readFileSync('tests/fixtures/source-article.md', 'utf8');
		const start = source.indexOf('*After overrunning Mosul');
		const end = source.indexOf('The original source of this article');
		// The source's Markdown marks the lede as italic and escapes the dollar sign.
		const body = words(
			source
				.slice(start, end)
				.replace(/^\*|\*$/gm, '')
				.replace(/\\\$/g, '$')
		);
		const ours = words(mod.sections.flatMap((s) => s.paragraphs.map(paragraphText)).join(' '));
		expect(ours).toBe(body);
	});

	it('has 5 to 7 sections with short headings', () => {
		expect(mod.sections.length).toBeGreaterThanOrEqual(5);
		expect(mod.sections.length).toBeLessThanOrEqual(7);
		for (const s of mod.sections) expect(s.title.split(' ').length).toBeLessThanOrEqual(7);
	});

	it('names its source: author, publishers, date, kind and copyright line', () => {
		expect(mod.source).toMatchObject({
			author: 'Bill Van Auken',
			date: '2014-06-13',
			kind: 'opinion',
			copyright: 'Copyright © Bill Van Auken, World Socialist Web Site, 2014'
		});
		expect(mod.source.publishers.map((p) => p.name)).toEqual(
			expect.arrayContaining(['World Socialist Web Site', 'Global Research'])
		);
	});

	it('lists every actor the article names as acting', () => {
		const names = mod.actors.map((a) => [a.name, ...a.aliases].join(' | ')).join('\n');
		for (const needle of [
			/ISIS/,
			/al[- ]Qaeda/i,
			/Maliki/,
			/Iraqi army/i,
			/special forces/i,
			/Shia volunteers/i,
			/Obama/,
			/White House/,
			/Bush/,
			/Saddam Hussein/,
			/al-Douri/,
			/Baath/,
			/peshmerga/i,
			/Erbil/,
			/Turkey/,
			/Davutoglu/,
			/Iran\b/,
			/Rouhani/,
			/Quds Force/,
			/Boehner/,
			/Abbott/,
			/Assad/
		]) {
			expect(names, String(needle)).toMatch(needle);
		}
	});

	it('names each actor, or one of its aliases, in every section listed for it', () => {
		for (const actor of mod.actors) {
			const names = [actor.name, ...actor.aliases].map((n) => n.toLowerCase());
			for (const id of actor.sections) {
				const section = mod.sections.find((s) => s.id === id)!;
				const text = section.paragraphs.map(paragraphText).join(' ').toLowerCase();
				expect(
					names.some((n) => text.includes(n)),
					`${actor.id} in ${id}`
				).toBe(true);
			}
		}
	});

	it('reports at least 15 events, each told once in a clear order', () => {
		expect(mod.events.length).toBeGreaterThanOrEqual(15);
		const orders = mod.events.map((e) => e.order);
		expect(new Set(orders).size).toBe(orders.length);
		const reportings = new Set(mod.events.map((e) => e.reported));
		expect([...reportings].sort()).toEqual(['author', 'fact', 'quoted', 'unconfirmed']);
	});

	it('asks at least 5 questions per section and 40 in all, of every type', () => {
		expect(mod.questions.length).toBeGreaterThanOrEqual(40);
		for (const s of mod.sections) {
			expect(mod.questions.filter((q) => q.section === s.id).length, s.id).toBeGreaterThanOrEqual(
				5
			);
		}
		const types = new Set(mod.questions.map((q) => q.type));
		expect([...types].sort()).toEqual([
			'classify',
			'fill',
			'locate',
			'match',
			'multiple',
			'order',
			'relation',
			'single',
			'speaker',
			'truth'
		]);
	});

	it('asks about every actor and every event', () => {
		const askedActors = new Set(mod.questions.flatMap((q) => q.actors));
		const askedEvents = new Set(mod.questions.flatMap((q) => q.events));
		expect(mod.actors.filter((a) => !askedActors.has(a.id)).map((a) => a.id)).toEqual([]);
		expect(mod.events.filter((e) => !askedEvents.has(e.id)).map((e) => e.id)).toEqual([]);
	});

	it('quotes evidence word for word from each question’s own section', () => {
		for (const q of mod.questions) {
			const section = mod.sections.find((s) => s.id === q.section)!;
			const text = section.paragraphs.map(paragraphText).join('\n');
			for (const quote of q.evidence) expect(text, q.id).toContain(quote.trim());
			expect(q.evidenceIds.length, q.id).toBeGreaterThan(0);
		}
	});

	it('has well-formed answer keys', () => {
		for (const q of mod.questions) {
			switch (q.type) {
				case 'single':
					expect(
						q.options.filter((o) => o.id === q.answer),
						q.id
					).toHaveLength(1);
					break;
				case 'multiple':
					expect(q.answer.length, q.id).toBeGreaterThan(0);
					expect(q.answer.length, q.id).toBeLessThan(q.options.length);
					expect(
						q.answer.every((a) => q.options.some((o) => o.id === a)),
						q.id
					).toBe(true);
					break;
				case 'order':
					expect([...q.shuffled].sort(), q.id).toEqual(q.items.map((i) => i.id).sort());
					expect(q.shuffled, q.id).not.toEqual(q.items.map((i) => i.id));
					break;
				case 'match':
					for (const p of q.pairs)
						expect(
							q.choices.some((c) => c.id === p.id && c.text === p.right),
							q.id
						).toBe(true);
					break;
				case 'fill':
					expect(q.prompt.split('___'), q.id).toHaveLength(2);
					expect(q.accept.length, q.id).toBeGreaterThan(0);
					break;
				case 'classify':
					expect(q.statements.length, q.id).toBeGreaterThanOrEqual(2);
					break;
				case 'truth':
					expect(['true', 'false', 'not-stated'], q.id).toContain(q.answer);
					break;
			}
		}
	});

	it('teaches facts, quoted claims and the author’s opinions apart', () => {
		const kinds = new Set(
			mod.questions.flatMap((q) => (q.type === 'classify' ? q.statements.map((s) => s.answer) : []))
		);
		expect([...kinds].sort()).toEqual(['claim', 'fact', 'opinion']);
	});
});
