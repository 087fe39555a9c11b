import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorCards, sectionCards } from '$lib/module/cards';
import type { Module, Sentence } from '$lib/module/types';
import { drawMap } from '$lib/map/draw';
import { parseModule } from './parse-module';

const dir = 'content/modules/iraq-crisis-2014';
const yamlText = readFileSync(`${dir}/module.yaml`, 'utf8');
const articleText = readFileSync(`${dir}/article.md`, 'utf8');
const mod: Module = parseModule(dir, yamlText, articleText);

const sentences = (m: Module, sectionId?: string): Sentence[] =>
	m.sections
		.filter((s) => !sectionId || s.id === sectionId)
		.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
const byId = new Map(sentences(mod).map((s) => [s.id, s]));

/** The module with one line of its data file replaced, parsed again. */
const variant = (from: string, to: string) => {
	expect(yamlText).toContain(from);
	return () => parseModule(dir, yamlText.replace(from, to), articleText);
};

describe('relations', () => {
	it('states at least 15 relations, each with its evidence word for word in its section', () => {
		expect(mod.relations.length).toBeGreaterThanOrEqual(15);
		for (const r of mod.relations) {
			expect(r.evidenceIds.length, `${r.from} ${r.type} ${r.to}`).toBeGreaterThan(0);
			const text = r.evidenceIds.map((id) => byId.get(id)!.text).join(' ');
			for (const quote of r.evidence) expect(text).toContain(quote.trim());
			expect(r.evidenceIds.every((id) => id.startsWith(`${r.section}-`))).toBe(true);
		}
	});

	it('shows each relation on the cards of both actors', () => {
		const cards = actorCards(mod);
		const sides = (id: string) =>
			cards
				.find((c) => c.id === id)!
				.relations.filter((r) => r.type === 'split-from')
				.map((r) => [r.side, r.other.id]);
		expect(sides('isis')).toContainEqual(['from', 'al-qaeda']);
		expect(sides('al-qaeda')).toContainEqual(['to', 'isis']);
	});

	it('takes the kinds a second article needed: working with, pressuring, creating, a company', () => {
		for (const type of ['works-with', 'pressures', 'created']) {
			const parsed = variant(
				'  - from: isis\n    type: split-from',
				`  - from: isis\n    type: ${type}`
			)();
			expect(parsed.relations[0]!.type).toBe(type);
		}
		expect(
			variant('kind: armed-group', 'kind: company')().actors.some((a) => a.kind === 'company')
		).toBe(true);
	});

	it('rejects a relation with an unknown actor or evidence the section does not hold', () => {
		expect(
			variant('  - from: isis\n    type: split-from', '  - from: isil\n    type: split-from')
		).toThrow(/relations\[0\]\.from.*no actor "isil"/);
		expect(
			variant(
				'    type: split-from\n    to: al-qaeda\n    section: offensive',
				'    type: split-from\n    to: al-qaeda\n    section: neighbours'
			)
		).toThrow(/relations\[0\]\.evidence\[0\].*not found word for word in section "neighbours"/);
	});
});

describe('places and the map', () => {
	it('has the places the article names, with coordinates inside the map for those in the region', () => {
		const names = mod.places.map((p) => p.name);
		for (const name of ['Mosul', 'Tikrit', 'Tigris River valley', 'Baghdad', 'Kirkuk', 'Erbil'])
			expect(names).toContain(name);
		for (const state of ['Iraq', 'Syria', 'Turkey', 'Iran']) expect(names).toContain(state);
		const map = mod.map!;
		for (const id of ['mosul', 'tikrit', 'baghdad', 'kirkuk', 'erbil']) {
			const p = mod.places.find((x) => x.id === id)!;
			expect(p.lon).toBeGreaterThan(map.west);
			expect(p.lon).toBeLessThan(map.east);
			expect(p.lat).toBeGreaterThan(map.south);
			expect(p.lat).toBeLessThan(map.north);
		}
	});

	it('places every event somewhere', () => {
		expect(mod.events.filter((e) => e.places.length === 0).map((e) => e.id)).toEqual([]);
	});

	it('draws every place a locate question offers on the map', () => {
		const drawn = new Set(drawMap(mod.places, mod.map!).places.map((p) => p.id));
		for (const q of mod.questions) {
			if (q.type === 'locate')
				for (const id of q.places) expect(drawn.has(id), `${q.id}: ${id}`).toBe(true);
		}
	});

	it('refuses a map focus that is not a country', () => {
		expect(variant('  focus: iraq', '  focus: mosul')).toThrow(
			/map\.focus.*"mosul" is a city: focus names a place of kind state/
		);
	});

	it('rejects a locate question that offers a place outside the map', () => {
		expect(
			variant(
				'    places: [mosul, tikrit, kirkuk, erbil]',
				'    places: [mosul, tikrit, kirkuk, washington]'
			)
		).toThrow(/places\[3\].*"washington" is outside the map/);
	});

	it('rejects an event at an unknown place and a locate answer that is not where its event was', () => {
		expect(variant('    places: [mosul]\n', '    places: [atlantis]\n')).toThrow(
			/no place "atlantis"/
		);
		expect(
			variant(
				'    answer: tikrit\n    events: [capture-of-tikrit]',
				'    answer: mosul\n    events: [capture-of-tikrit]'
			)
		).toThrow(/none of the question's events happened at "mosul"/);
	});
});

describe('actor names', () => {
	it('rejects a name two actors share, since the text could not tell them apart', () => {
		expect(
			variant(
				'aliases: [Obama administration, Obama administrations]',
				'aliases: [Obama administration, Obama]'
			)
		).toThrow(/also names actor "obama"/);
	});
});

describe('glossary', () => {
	it('finds every glossary term in the text, as a word that opens it or inside an actor it names', () => {
		const links = sentences(mod).flatMap((s) => (s.links ?? []).map((l) => ({ ...l, s })));
		for (const g of mod.glossary) {
			const asWord = links.some((l) => l.term === g.id);
			// A term such as "peshmerga" is also an actor's name: the actor's card shows it.
			const inActor = links.some(
				(l) =>
					l.actor === g.actor &&
					g.forms.some((f) =>
						l.s.text.slice(l.start, l.end).toLowerCase().includes(f.toLowerCase())
					)
			);
			expect(asWord || inActor, g.term).toBe(true);
		}
	});

	it('rejects a term whose every use is inside an actor name, unless it names that actor', () => {
		expect(variant('    actor: baath-party\n', '')).toThrow(
			/glossary\[\d+\]\.term.*inside an actor's name/
		);
	});

	it('covers the terms a student is likely not to know', () => {
		const terms = mod.glossary.map((g) => g.term.toLowerCase()).join(' | ');
		for (const t of [
			'quorum',
			'peshmerga',
			'baathist',
			'sectarian',
			'sunni',
			'shia',
			'proxy war',
			'quds force',
			'hellfire missile',
			'drone strike',
			'contractor'
		])
			expect(terms).toContain(t);
	});

	it('rejects a term the article never uses', () => {
		expect(variant('    forms: [quorum]\n', '    forms: [filibuster]\n')).toThrow(
			/glossary\[\d+\]\.forms.*does not occur in the article/
		);
	});
});

describe('mentions in the text', () => {
	it('links a mention to the actor it names, preferring the longer name', () => {
		const lede = sentences(mod, 'offensive')[0]!;
		const words = (lede.links ?? []).map((l) => [
			lede.text.slice(l.start, l.end),
			l.actor ?? l.term
		]);
		expect(words).toContainEqual(['Islamic State of Iraq and the Levant (ISIS)', 'isis']);
		expect(words).toContainEqual(['Al Qaeda', 'al-qaeda']);
		expect(words).toContainEqual(['Saddam Hussein', 'saddam-hussein']);
		// "the old Iraqi army" is the army of Saddam's day, not today's: the longer actor name wins.
		const old = sentences(mod).find((s) => s.text.includes('old Iraqi army'))!;
		const link = old.links!.find((l) => old.text.slice(l.start, l.end).includes('old Iraqi army'))!;
		expect(link.actor).toBe('former-officers');
	});

	it('names every actor in every section its data lists, through a link', () => {
		const missing = mod.actors.flatMap((a) =>
			a.sections
				.filter((s) => !sentences(mod, s).some((t) => t.links?.some((l) => l.actor === a.id)))
				.map((s) => `${a.id} in ${s}`)
		);
		expect(missing).toEqual([]);
	});

	it('gives a section page the cards for exactly the actors and terms its text links', () => {
		const { actors, terms } = sectionCards(mod, 'neighbours');
		const links = sentences(mod, 'neighbours').flatMap((s) => s.links ?? []);
		expect(actors.map((a) => a.id).sort()).toEqual(
			[...new Set(links.flatMap((l) => l.actor ?? []))].sort()
		);
		expect(terms.map((t) => t.id).sort()).toEqual(
			[...new Set(links.flatMap((l) => l.term ?? []))].sort()
		);
		const iran = actors.find((a) => a.id === 'iran')!;
		expect(iran.mentions.every((x) => x.section === 'neighbours')).toBe(true);
		expect(iran.mentions.map((x) => x.id)).toEqual(
			links.filter((l) => l.actor === 'iran').map((l) => l.id)
		);
	});
});

describe('questions that use the reading aids', () => {
	it('adds at least 10 locate, who-said-it, relation and perspective questions', () => {
		const count = (type: string) => mod.questions.filter((q) => q.type === type).length;
		expect(count('locate')).toBeGreaterThanOrEqual(3);
		expect(count('speaker')).toBeGreaterThanOrEqual(3);
		expect(count('relation')).toBeGreaterThanOrEqual(3);
		const perspective = mod.questions.filter((q) => q.id.includes('-perspective-'));
		expect(perspective.length).toBeGreaterThanOrEqual(4);
	});

	it('quotes each speaker word for word from the evidence', () => {
		for (const q of mod.questions) {
			if (q.type !== 'speaker') continue;
			const text = q.evidenceIds.map((id) => byId.get(id)!.text).join(' ');
			expect(text, q.id).toContain(q.quote);
		}
	});

	it('rejects a relation question whose answer the relations do not support', () => {
		expect(
			variant(
				'    answer: iraqi-army\n    events: [arms-pledge]',
				'    answer: peshmerga\n    events: [arms-pledge]'
			)
		).toThrow(/no such relation in relations/);
	});
});
