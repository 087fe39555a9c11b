import { buildQuestion } from '$lib/question-types/builds';
import { locateQuote } from './article';
import { describeChar, nearMiss } from './near-miss';
import { reservedSectionIds } from './kinds';
import { occursIn, termId } from './mentions';
import { listedTwice, type Path, type Problems } from './problems';
import type { ModuleFile } from './schema';
import type { Background, Event, GlossaryEntry, Question, Relation, Section } from './types';

/** The parts of a module that refer to others, with their evidence found in the article. */
export interface Resolved {
	events: Event[];
	relations: Relation[];
	background: Background[];
	glossary: GlossaryEntry[];
	questions: Question[];
}

/** Why a quote is not in its section, and where it comes closest: one wrong apostrophe is common. */
function notFound(section: Section, quote: string): string {
	const near = nearMiss(section, quote);
	const head = `not found word for word in section "${section.id}"`;
	if (!near) return `${head}: copy the sentence from article.md`;
	const shown = near.sentence.length > 120 ? `${near.sentence.slice(0, 117)}…` : near.sentence;
	return (
		`${head}. The nearest sentence is "${shown}"; ` +
		`at character ${near.column} the evidence has ${describeChar(near.ours)} where the article has ${describeChar(near.theirs)}`
	);
}

/**
 * Checks every reference of a module's data: to sections, actors, events and places, evidence
 * quoted word for word, ids used once. Reports each problem and resolves what it can.
 */
export function resolveReferences(
	data: ModuleFile,
	sectionList: Section[],
	articleFile: string,
	problems: Pick<Problems, 'at' | 'add'>
): Resolved {
	const { at } = problems;
	for (const s of sectionList) {
		if ((reservedSectionIds as readonly string[]).includes(s.id)) {
			problems.add({
				file: articleFile,
				place: `section "${s.id}"`,
				message: `"${s.id}" is the name of a page every module has; choose another section id`
			});
		}
	}
	const sections = new Map(sectionList.map((s) => [s.id, s]));
	const actorIds = new Set<string>();
	const eventIds = new Set<string>();

	const unique = (seen: Set<string>, id: string, path: Path, what: string) => {
		if (seen.has(id)) at(path, `${what} id "${id}" is used twice`);
		seen.add(id);
	};
	/** Lists that the pages key by their entries: a repeat would break them. */
	const distinctIn = (list: readonly string[], path: Path) => listedTwice(at, list, path);
	distinctIn(
		data.source.publishers.map((p) => p.name),
		['source', 'publishers']
	);
	const sectionOf = (id: string, path: Path): Section | undefined => {
		const s = sections.get(id);
		if (!s) at(path, `no section "${id}" in ${articleFile}`);
		return s;
	};
	const evidence = (section: Section | undefined, quotes: string[], path: Path): string[] => {
		if (!section) return [];
		return quotes.flatMap((quote, i) => {
			const ids = locateQuote(section, quote);
			if (!ids) at([...path, i], notFound(section, quote));
			return ids ?? [];
		});
	};

	data.actors.forEach((a, i) => {
		unique(actorIds, a.id, ['actors', i, 'id'], 'actor');
		a.sections?.forEach((s, j) => sectionOf(s, ['actors', i, 'sections', j]));
		if (a.sections) distinctIn(a.sections, ['actors', i, 'sections']);
	});
	const placeIds = new Set<string>();
	data.places.forEach((p, i) => unique(placeIds, p.id, ['places', i, 'id'], 'place'));
	if (data.map && (data.map.west >= data.map.east || data.map.south >= data.map.north)) {
		at(['map'], 'west must be less than east, and south less than north');
	}
	const knownActor = (a: string, path: Path) => {
		if (!actorIds.has(a)) at(path, `no actor "${a}"`);
	};
	const knownPlace = (p: string, path: Path) => {
		if (!placeIds.has(p)) at(path, `no place "${p}" in places`);
	};
	const focus = data.map?.focus;
	if (focus) {
		knownPlace(focus, ['map', 'focus']);
		const kind = data.places.find((p) => p.id === focus)?.kind;
		// The map draws a country stronger; a city or a region has no outline to draw.
		if (kind && kind !== 'state')
			at(['map', 'focus'], `"${focus}" is a ${kind}: focus names a place of kind state`);
	}

	const orders = new Set<number>();
	const events: Event[] = data.events.map((e, i) => {
		unique(eventIds, e.id, ['events', i, 'id'], 'event');
		if (orders.has(e.order)) at(['events', i, 'order'], `order ${e.order} is used twice`);
		orders.add(e.order);
		e.actors.forEach((a, j) => knownActor(a, ['events', i, 'actors', j]));
		e.places.forEach((p, j) => knownPlace(p, ['events', i, 'places', j]));
		distinctIn(e.actors, ['events', i, 'actors']);
		distinctIn(e.places, ['events', i, 'places']);
		const section = sectionOf(e.section, ['events', i, 'section']);
		return { ...e, evidenceIds: evidence(section, e.evidence, ['events', i, 'evidence']) };
	});

	const relations: Relation[] = data.relations.map((r, i) => {
		knownActor(r.from, ['relations', i, 'from']);
		knownActor(r.to, ['relations', i, 'to']);
		if (r.from === r.to) at(['relations', i, 'to'], 'an actor cannot be related to itself');
		const section = sectionOf(r.section, ['relations', i, 'section']);
		return { ...r, evidenceIds: evidence(section, r.evidence, ['relations', i, 'evidence']) };
	});
	const relates = (from: string, type: string, to: string) =>
		relations.some((r) => r.from === from && r.type === type && r.to === to);

	const backgroundIds = new Set<string>();
	const background: Background[] = data.background.map((b, i) => {
		unique(backgroundIds, b.id, ['background', i, 'id'], 'background');
		const section = sectionOf(b.section, ['background', i, 'section']);
		return { ...b, evidenceIds: evidence(section, b.evidence, ['background', i, 'evidence']) };
	});

	const termIds = new Set<string>();
	const glossary: GlossaryEntry[] = data.glossary.map((g, i) => {
		const entry = { ...g, id: termId(g.term), forms: g.forms ?? [g.term] };
		unique(termIds, entry.id, ['glossary', i, 'term'], 'glossary term');
		if (g.actor) knownActor(g.actor, ['glossary', i, 'actor']);
		if (!entry.forms.some((text) => occursIn(sectionList, { text, target: { term: '' } }))) {
			at(
				g.forms ? ['glossary', i, 'forms'] : ['glossary', i, 'term'],
				'does not occur in the article: list the words the article uses in forms'
			);
		}
		return entry;
	});

	const questionIds = new Set<string>();
	const questions: Question[] = data.questions.map((q, i) => {
		const path: Path = ['questions', i];
		unique(questionIds, q.id, [...path, 'id'], 'question');
		q.actors.forEach((a, j) => knownActor(a, [...path, 'actors', j]));
		distinctIn(q.actors, [...path, 'actors']);
		distinctIn(q.events, [...path, 'events']);
		q.events.forEach((e, j) => {
			if (!eventIds.has(e)) at([...path, 'events', j], `no event "${e}"`);
		});
		const section = sectionOf(q.section, [...path, 'section']);
		const evidenceIds = evidence(section, q.evidence, [...path, 'evidence']);
		// The type checks its own key, with paths inside the question.
		const inside = (p: Path, message: string) => at([...path, ...p], message);
		return buildQuestion(q.type, q, evidenceIds, {
			at: inside,
			listedTwice: (list, p, what) =>
				listedTwice(
					inside,
					list.map((x) => (typeof x === 'string' ? x : x.id)),
					p,
					what
				),
			knownActor: (a, p) => knownActor(a, [...path, ...p]),
			relates,
			places: data.places,
			map: data.map,
			actors: data.actors,
			events: data.events
		});
	});

	return { events, relations, background, glossary, questions };
}
