import * as v from 'valibot';
import {
	actorKinds,
	placeKinds,
	relationTypes,
	reportings,
	statementKinds,
	truthValues
} from './kinds';

/**
 * The schema of a module's structured file (module.yaml). Strict objects: an unknown key is an
 * error, so a typo in a field name is caught rather than silently ignored.
 */

const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
);
const text = (max: number) =>
	v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max));
const isoDate = v.pipe(v.string(), v.isoDate('must be a date written YYYY-MM-DD'));
const ids = v.pipe(v.array(id), v.maxLength(60));
/** Whole sentences copied word for word from the article. */
const evidence = v.pipe(v.array(text(1200)), v.minLength(1), v.maxLength(4));

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
	sections: v.pipe(ids, v.minLength(1))
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
	/** For example that the relation is the author's claim rather than a reported fact. */
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

const Option = v.strictObject({
	id,
	text: text(300),
	/** Shown when a student picks this wrong option. */
	feedback: v.optional(text(600))
});

const common = {
	id,
	section: id,
	prompt: text(600),
	/** Shown after a wrong first try, before the second. */
	hint: text(400),
	/** Shown with the feedback, right or wrong. */
	explanation: text(1200),
	/** The exact sentence(s) of the section that answer the question. */
	evidence,
	actors: v.optional(ids, []),
	events: v.optional(ids, [])
};

const options = v.pipe(v.array(Option), v.minLength(2), v.maxLength(8));

const SingleQuestion = v.strictObject({
	...common,
	type: v.literal('single'),
	options,
	answer: id
});

const MultipleQuestion = v.strictObject({
	...common,
	type: v.literal('multiple'),
	options,
	answer: v.pipe(ids, v.minLength(1))
});

const TruthQuestion = v.strictObject({
	...common,
	type: v.literal('truth'),
	/** The statement to judge against the article. */
	statement: text(600),
	answer: v.picklist(truthValues),
	feedback: v.optional(
		v.strictObject({
			true: v.optional(text(600)),
			false: v.optional(text(600)),
			'not-stated': v.optional(text(600))
		})
	)
});

const MatchQuestion = v.strictObject({
	...common,
	type: v.literal('match'),
	/** Each left item matches its own right item; the rights are offered to every left. */
	pairs: v.pipe(
		v.array(v.strictObject({ id, left: text(300), right: text(300) })),
		v.minLength(2),
		v.maxLength(6)
	),
	/** Extra wrong choices offered beside the rights. */
	distractors: v.optional(v.pipe(v.array(text(300)), v.maxLength(4)), [])
});

const OrderQuestion = v.strictObject({
	...common,
	type: v.literal('order'),
	/** Listed in the correct order; students see them shuffled. */
	items: v.pipe(v.array(v.strictObject({ id, text: text(300) })), v.minLength(3), v.maxLength(7))
});

const FillQuestion = v.strictObject({
	...common,
	type: v.literal('fill'),
	/** The sentence with one blank, written as three underscores: ___ */
	prompt: v.pipe(text(600), v.includes('___', 'must contain the blank, written ___')),
	/** Accepted answers; case, accents and extra spaces are ignored. */
	accept: v.pipe(v.array(text(80)), v.minLength(1), v.maxLength(10))
});

const ClassifyQuestion = v.strictObject({
	...common,
	type: v.literal('classify'),
	statements: v.pipe(
		v.array(
			v.strictObject({
				id,
				text: text(600),
				answer: v.picklist(statementKinds),
				feedback: v.optional(text(600))
			})
		),
		v.minLength(2),
		v.maxLength(6)
	)
});

const choiceIds = v.pipe(ids, v.minLength(2), v.maxLength(8));

/** Choose on the map (or in the equivalent list) the place where something happened. */
const LocateQuestion = v.strictObject({
	...common,
	type: v.literal('locate'),
	/** Ids from `places` offered as choices. */
	places: choiceIds,
	answer: id
});

/** Who said it: words quoted in the article, and its speaker among the actors. */
const SpeakerQuestion = v.strictObject({
	...common,
	type: v.literal('speaker'),
	/** The quoted words, as they stand in one of the evidence sentences. */
	quote: text(600),
	/** Actor ids offered as choices. */
	options: choiceIds,
	answer: id
});

/** Which actor the article says stands in a relation to another. */
const RelationQuestion = v.strictObject({
	...common,
	type: v.literal('relation'),
	/** The known side and the relation; the answer is the other side, which must be in `relations`. */
	ask: v.union([
		v.strictObject({ from: id, type: v.picklist(relationTypes) }),
		v.strictObject({ type: v.picklist(relationTypes), to: id })
	]),
	options: choiceIds,
	answer: id
});

export const Question = v.variant('type', [
	SingleQuestion,
	MultipleQuestion,
	TruthQuestion,
	MatchQuestion,
	OrderQuestion,
	FillQuestion,
	ClassifyQuestion,
	LocateQuestion,
	SpeakerQuestion,
	RelationQuestion
]);

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
	questions: v.pipe(v.array(Question), v.minLength(1), v.maxLength(500))
});

export type ModuleFile = v.InferOutput<typeof ModuleFile>;
export type QuestionFile = v.InferOutput<typeof Question>;
