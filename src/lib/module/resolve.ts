import * as v from 'valibot';
import { locateQuote, parseArticle } from './article';
import { reservedSectionIds } from './kinds';
import { fingerprint } from './hash';
import { linkSections, occursIn, termId, type Form } from './mentions';
import { ModuleFile, type QuestionFile } from './schema';
import { stableShuffle } from './shuffle';
import type {
	Background,
	Event,
	GlossaryEntry,
	Module,
	Question,
	Relation,
	Section
} from './types';

export type Path = (string | number)[];

/** One thing wrong with a module: which file, where inside it, and what. */
export interface ModuleProblem {
	file: string;
	/** Where in the file: a field path such as questions[3].options[1].text, or a line. */
	place: string;
	message: string;
}

export class ModuleError extends Error {
	constructor(readonly problems: ModuleProblem[]) {
		super(
			`${problems.length} problem(s) in module:\n` +
				problems.map((p) => `  ${p.file} ${p.place}: ${p.message}`).join('\n')
		);
		this.name = 'ModuleError';
	}
}

export interface ModuleSources {
	/** Names used in messages, e.g. content/modules/x/module.yaml */
	dataFile: string;
	articleFile: string;
	data: unknown;
	article: string;
	/** Maps a field path of the data file to a line number, where the parser can tell. */
	lineOf?: (path: Path) => number | undefined;
}

export function formatPath(path: Path): string {
	return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** Validates and cross-checks a module's two files, and builds the module the app uses. */
export function resolveModule(src: ModuleSources): Module {
	const problems: ModuleProblem[] = [];
	const at = (path: Path, message: string) => {
		const line = src.lineOf?.(path);
		problems.push({
			file: src.dataFile,
			place: formatPath(path) + (line ? ` (line ${line})` : ''),
			message
		});
	};

	const article = parseArticle(src.article);
	for (const p of article.problems) {
		problems.push({ file: src.articleFile, place: `line ${p.line}`, message: p.message });
	}

	const parsed = v.safeParse(ModuleFile, src.data);
	if (!parsed.success) {
		for (const issue of parsed.issues) {
			const path: Path = issue.path?.map((item) => item.key as string | number) ?? [];
			at(path.length ? path : ['(top)'], issue.message);
		}
		throw new ModuleError(problems);
	}
	const data = parsed.output;
	for (const s of article.sections) {
		if ((reservedSectionIds as readonly string[]).includes(s.id)) {
			problems.push({
				file: src.articleFile,
				place: `section "${s.id}"`,
				message: `"${s.id}" is the name of a page every module has; choose another section id`
			});
		}
	}
	const sections = new Map(article.sections.map((s) => [s.id, s]));
	const actorIds = new Set<string>();
	const eventIds = new Set<string>();

	const unique = (seen: Set<string>, id: string, path: Path, what: string) => {
		if (seen.has(id)) at(path, `${what} id "${id}" is used twice`);
		seen.add(id);
	};
	/** Lists that the pages key by their entries: a repeat would break them. */
	const distinctIn = (list: readonly string[], path: Path) => {
		list.forEach((x, i) => {
			if (list.indexOf(x) !== i) at([...path, i], `"${x}" is listed twice`);
		});
	};
	distinctIn(
		data.source.publishers.map((p) => p.name),
		['source', 'publishers']
	);
	const sectionOf = (id: string, path: Path): Section | undefined => {
		const s = sections.get(id);
		if (!s) at(path, `no section "${id}" in ${src.articleFile}`);
		return s;
	};
	const evidence = (section: Section | undefined, quotes: string[], path: Path): string[] => {
		if (!section) return [];
		return quotes.flatMap((quote, i) => {
			const ids = locateQuote(section, quote);
			if (!ids) at([...path, i], `not found word for word in section "${section.id}"`);
			return ids ?? [];
		});
	};

	data.actors.forEach((a, i) => {
		unique(actorIds, a.id, ['actors', i, 'id'], 'actor');
		a.sections.forEach((s, j) => sectionOf(s, ['actors', i, 'sections', j]));
		distinctIn(a.sections, ['actors', i, 'sections']);
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
	if (data.map?.focus) knownPlace(data.map.focus, ['map', 'focus']);

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
		if (!entry.forms.some((text) => occursIn(article.sections, { text, target: { term: '' } }))) {
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
		checkKey(q, (p, m) => at([...path, ...p], m));
		if (q.type === 'order') {
			return {
				...q,
				evidenceIds,
				shuffled: stableShuffle(
					q.items.map((it) => it.id),
					q.id
				)
			};
		}
		if (q.type === 'match') {
			const choices = [
				...q.pairs.map((p) => ({ id: p.id, text: p.right })),
				...q.distractors.map((text, k) => ({ id: `distractor-${k + 1}`, text }))
			];
			return { ...q, evidenceIds, choices: stableShuffle(choices, q.id) };
		}
		if (q.type === 'locate' || q.type === 'speaker' || q.type === 'relation') {
			const offered = q.type === 'locate' ? q.places : q.options;
			const field = q.type === 'locate' ? 'places' : 'options';
			const names = new Map<string, string>(
				q.type === 'locate'
					? data.places.map((p) => [p.id, p.name])
					: data.actors.map((a) => [a.id, a.name])
			);
			offered.forEach((id, j) => {
				if (!names.has(id))
					at([...path, field, j], `no ${q.type === 'locate' ? 'place' : 'actor'} "${id}"`);
			});
			if (!offered.includes(q.answer)) at([...path, 'answer'], `"${q.answer}" is not offered`);
			if (q.type === 'locate') {
				const area = data.map;
				if (!area) at([...path, 'type'], 'a locate question needs the module to have a map');
				q.places.forEach((id, j) => {
					const p = data.places.find((x) => x.id === id);
					const inside =
						p &&
						area &&
						p.lon > area.west &&
						p.lon < area.east &&
						p.lat > area.south &&
						p.lat < area.north;
					if (p && area && !inside) at([...path, 'places', j], `"${id}" is outside the map`);
				});
				const where = data.events.filter((e) => q.events.includes(e.id)).flatMap((e) => e.places);
				if (where.length && !where.includes(q.answer)) {
					at([...path, 'answer'], `none of the question's events happened at "${q.answer}"`);
				}
			}
			if (q.type === 'speaker' && !q.evidence.some((e) => e.includes(q.quote))) {
				at([...path, 'quote'], 'not found word for word in the evidence');
			}
			if (q.type === 'relation') {
				const { ask } = q;
				const completes = (id: string) =>
					'from' in ask ? relates(ask.from, ask.type, id) : relates(id, ask.type, ask.to);
				knownActor('from' in ask ? ask.from : ask.to, [...path, 'ask']);
				if (!completes(q.answer))
					at([...path, 'answer'], 'no such relation in relations: add it there first');
				offered.forEach((id, j) => {
					if (id !== q.answer && completes(id))
						at([...path, 'options', j], `"${id}" is also right according to relations`);
				});
			}
			const choices = offered.map((id) => ({ id, text: names.get(id) ?? id }));
			return { ...q, evidenceIds, choices: stableShuffle(choices, q.id) };
		}
		if (q.type === 'single' || q.type === 'multiple') {
			// Authors tend to write the right option first; students should not learn that.
			return { ...q, evidenceIds, options: stableShuffle(q.options, q.id) };
		}
		return { ...q, evidenceIds };
	});

	const namesOf = (a: (typeof data.actors)[number]) => [
		// "The Iraqi army" is also "the Iraqi army" inside a sentence, and "Iraqi army".
		...new Set([a.name, a.name.replace(/^The /, 'the '), a.name.replace(/^The /, ''), ...a.aliases])
	];
	const owner = new Map<string, string>();
	data.actors.forEach((a, i) => {
		for (const name of namesOf(a)) {
			const other = owner.get(name);
			if (other && other !== a.id)
				at(
					['actors', i, 'aliases'],
					`"${name}" also names actor "${other}": the text cannot tell them apart`
				);
			owner.set(name, a.id);
		}
	});
	if (problems.length) throw new ModuleError(problems);
	linkSections(article.sections, [
		...data.actors.flatMap((a) =>
			namesOf(a).map((text): Form => ({ text, target: { actor: a.id } }))
		),
		...glossary.flatMap((g) => g.forms.map((text): Form => ({ text, target: { term: g.id } })))
	]);
	const linkedTerms = new Set(
		article.sections.flatMap((s) =>
			s.paragraphs.flatMap((p) => p.sentences.flatMap((t) => (t.links ?? []).map((l) => l.term)))
		)
	);
	glossary.forEach((g, i) => {
		if (!linkedTerms.has(g.id) && !g.actor)
			at(
				['glossary', i, 'term'],
				"every use in the article is inside an actor's name: add actor: with that actor's id, so its card shows the definition"
			);
	});
	if (problems.length) throw new ModuleError(problems);
	return {
		id: data.id,
		// Changes whenever a question or its key does: results files name the version they answered.
		version: fingerprint(JSON.stringify(data.questions)),
		title: data.title,
		summary: data.summary,
		language: data.language,
		source: data.source,
		sections: article.sections,
		actors: data.actors,
		events: events.sort((a, b) => a.order - b.order),
		glossary,
		places: data.places,
		map: data.map,
		relations,
		background: background.sort((a, b) => a.year - b.year),
		aftermath: data.aftermath,
		questions
	};
}

/** Checks that a question's answer key fits its own options. */
function checkKey(q: QuestionFile, at: (path: Path, message: string) => void) {
	const distinct = (list: string[], path: Path, what: string) => {
		const seen = new Set<string>();
		list.forEach((id, i) => {
			if (seen.has(id)) at([...path, i], `${what} "${id}" is listed twice`);
			seen.add(id);
		});
		return seen;
	};
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const ids = distinct(
				q.options.map((o) => o.id),
				['options'],
				'option id'
			);
			const keys = q.type === 'single' ? [q.answer] : q.answer;
			distinct(keys, ['answer'], 'answer');
			keys.forEach((k, i) => {
				if (!ids.has(k)) at(q.type === 'single' ? ['answer'] : ['answer', i], `no option "${k}"`);
			});
			if (q.type === 'multiple' && keys.length === ids.size) {
				at(['answer'], 'every option is right: leave at least one wrong option');
			}
			break;
		}
		case 'match':
			distinct(
				q.pairs.map((p) => p.id),
				['pairs'],
				'pair id'
			);
			distinct([...q.pairs.map((p) => p.right), ...q.distractors], ['distractors'], 'choice');
			break;
		case 'order':
			distinct(
				q.items.map((it) => it.id),
				['items'],
				'item id'
			);
			break;
		case 'classify':
			distinct(
				q.statements.map((s) => s.id),
				['statements'],
				'statement id'
			);
			break;
		case 'fill':
			if (q.prompt.split('___').length !== 2) at(['prompt'], 'must contain exactly one blank ___');
			break;
		case 'locate':
			distinct(q.places, ['places'], 'place');
			break;
		case 'speaker':
		case 'relation':
			distinct(q.options, ['options'], 'option');
			break;
		case 'truth':
			break;
	}
}
