import * as v from 'valibot';
import { QuestionSchema } from '$lib/question-types/builds';
import { evidence, id, ids, text } from './fields';
import { actorKinds, placeKinds, relationTypes, reportings } from './kinds';

/**
 * The schema of a module's structured file (module.yaml). Strict objects: an unknown key is an
 * error, so a typo in a field name is caught rather than silently ignored.
 */

const isoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
const Publisher = v.strictObject({
	name: text(120),
	role: v.picklist(['original', 'republished'])
});

const Source = v.strictObject({
	headline: text(200),
	author: text(120),
	publishers: v.pipe(v.array(Publisher), v.minLength(1), v.maxLength(5)),
	date: isoDate,
	kind: v.picklist(['news', 'opinion', 'analysis', 'feature']),
	/** The article's own copyright line, reproduced as it stands. */
	copyright: text(300),
	/** Anything else a reader should know about where the text comes from. */
	note: v.optional(text(2000)),
	/** Who the publishers are and what viewpoint the piece is written from, in our words. */
	perspective: v.optional(text(1200))
});

const Actor = v.strictObject({
	id,
	name: text(120),
	kind: v.picklist(actorKinds),
	/** Other names the article uses; matched in the text to find mentions. */
	aliases: v.optional(v.pipe(v.array(text(80)), v.maxLength(12)), []),
	/** The actor's part in the article, in our words. */
	role: text(400),
	/** Where the article names it; found from its mentions when left out (the usual way). */
	sections: v.optional(v.pipe(ids, v.minLength(1)))
});

const Event = v.strictObject({
	id,
	title: text(160),
	/** Position in the order the article tells the story (1 = told first). */
	order: v.pipe(v.number(), v.integer(), v.minValue(1)),
	section: id,
	actors: v.pipe(ids, v.minLength(1)),
	place: text(120),
	/** Where it happened, as ids from `places`: what the map and the timeline show. */
	places: v.optional(ids, []),
	/** When it happened, as the article dates it (free text: "Thursday", "2003"). */
	when: v.optional(text(80)),
	reported: v.picklist(reportings),
	/** The sentence(s) of the section that report it, verbatim. */
	evidence
});

const degrees = (limit: number) =>
	v.pipe(
		v.number(),
		v.minValue(-limit, `must be between -${limit} and ${limit}`),
		v.maxValue(limit)
	);

const Place = v.strictObject({
	id,
	name: text(120),
	kind: v.picklist(placeKinds),
	/** Decimal degrees: where the dot, the area or the country's label goes on the map. */
	lat: degrees(90),
	lon: degrees(180),
	/** What it is and why it matters here, in our words. */
	description: v.optional(text(400))
});

/** The part of the world the module's map shows, in decimal degrees. */
const MapArea = v.strictObject({
	west: degrees(180),
	south: degrees(90),
	east: degrees(180),
	north: degrees(90),
	/** A country place drawn stronger than its neighbours: where the story happens. */
	focus: v.optional(id)
});

const Relation = v.strictObject({
	from: id,
	type: v.picklist(relationTypes),
	to: id,
	/** The section whose text states the relation. */
	section: id,
	evidence,
	/** How the article presents it; the card words an author's claim or a report as such. */
	reported: v.optional(v.picklist(reportings), 'fact'),
	/** What a reader should know about it: its source, its limits. */
	note: v.optional(text(400))
});

/** An earlier date the article mentions, shown on the timeline as background. */
const Background = v.strictObject({
	id,
	title: text(160),
	/** As the article dates it. */
	when: text(80),
	/** For ordering the background on the timeline. */
	year: v.pipe(v.number(), v.integer()),
	section: id,
	evidence
});

const GlossaryEntry = v.strictObject({
	term: text(80),
	definition: text(600),
	/** The words in the article that open this entry; the term itself when left out. */
	forms: v.optional(v.pipe(v.array(text(80)), v.minLength(1), v.maxLength(12))),
	/** An actor the term also names (such as peshmerga): its card shows this definition. */
	actor: v.optional(id)
});

/** Later, well-established facts, kept apart from the article and dated. */
const Aftermath = v.strictObject({
	/** When the note was written. */
	written: isoDate,
	facts: v.pipe(
		v.array(v.strictObject({ when: text(80), text: text(600) })),
		v.minLength(1),
		v.maxLength(12)
	)
});

export const ModuleFile = v.strictObject({
	/** Version of this format; the loader refuses a newer one. */
	format: v.literal(1),
	id,
	title: text(160),
	/** One or two sentences for the module list. */
	summary: text(400),
	language: v.pipe(
		v.string(),
		v.regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as en')
	),
	source: Source,
	actors: v.pipe(v.array(Actor), v.minLength(1), v.maxLength(200)),
	events: v.pipe(v.array(Event), v.maxLength(200)),
	glossary: v.optional(v.pipe(v.array(GlossaryEntry), v.maxLength(200)), []),
	places: v.optional(v.pipe(v.array(Place), v.maxLength(100)), []),
	/** Needed when any place should appear on a map. */
	map: v.optional(MapArea),
	relations: v.optional(v.pipe(v.array(Relation), v.maxLength(300)), []),
	background: v.optional(v.pipe(v.array(Background), v.maxLength(50)), []),
	aftermath: v.optional(Aftermath),
	questions: v.pipe(v.array(QuestionSchema), v.minLength(1), v.maxLength(500))
});

export type ModuleFile = v.InferOutput<typeof ModuleFile>;

/**
 * The fields no reference between the parts depends on (the publishers' names excepted: their
 * stand-in is an empty list), and the two lists only required to be non-empty. A file with
 * problems in these alone is still cross-checked: their own problems have been reported, and
 * stand-ins let the rest be read, so that a new draft hears about a wrong actor or quotation
 * before its title is written or its first question asked.
 */
export const LENIENT_KEYS = ['id', 'title', 'summary', 'language', 'source', 'actors', 'questions'];

/** ModuleFile, with stand-ins for LENIENT_KEYS that fail: used only to look further. */
export const LenientModuleFile = v.strictObject({
	...ModuleFile.entries,
	id: v.fallback(id, 'draft'),
	title: v.fallback(ModuleFile.entries.title, ''),
	summary: v.fallback(ModuleFile.entries.summary, ''),
	language: v.fallback(ModuleFile.entries.language, 'en'),
	source: v.fallback(Source, { publishers: [] } as unknown as v.InferOutput<typeof Source>),
	actors: v.fallback(ModuleFile.entries.actors, []),
	questions: v.fallback(ModuleFile.entries.questions, [])
});
