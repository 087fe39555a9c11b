import type { ModuleFile, QuestionFile } from './schema';

/** One sentence of the article, addressable so that evidence can be highlighted. */
export interface Sentence {
	id: string;
	text: string;
	/** Mentions of actors and glossary terms, in order, without overlaps. */
	links?: Link[];
}

/** A stretch of a sentence that opens an actor's card or a glossary definition. */
export interface Link {
	/** Unique on the page, so other cards can link to this mention. */
	id: string;
	start: number;
	end: number;
	actor?: string;
	/** A glossary entry's id. */
	term?: string;
}

export interface Paragraph {
	/** A block quotation in the source. */
	quote: boolean;
	sentences: Sentence[];
}

export interface Section {
	id: string;
	/** 1-based position in the article. */
	number: number;
	title: string;
	paragraphs: Paragraph[];
}

type WithEvidence<Q> = Q & {
	/** Ids of the sentences that hold the question's evidence. */
	evidenceIds: string[];
};

/** A question as the app uses it: evidence resolved and display orders fixed at build time. */
export type Question = WithEvidence<
	| Exclude<QuestionFile, { type: 'order' } | { type: 'match' } | { type: ChoiceType }>
	| (Extract<QuestionFile, { type: 'order' }> & {
			/** Item ids in the order the student first sees them (never the right order). */
			shuffled: string[];
	  })
	| (Extract<QuestionFile, { type: 'match' }> & {
			/** Every choice offered for each left item: the rights and the distractors, mixed. */
			choices: { id: string; text: string }[];
	  })
	| (Extract<QuestionFile, { type: ChoiceType }> & {
			/** The offered places or actors, named, in the order the student sees them. */
			choices: { id: string; text: string }[];
	  })
>;

/** Questions answered by choosing one place or actor from the module's own data. */
export type ChoiceType = 'locate' | 'speaker' | 'relation';

export type QuestionType = Question['type'];
export type Actor = ModuleFile['actors'][number];
export type Event = ModuleFile['events'][number] & { evidenceIds: string[] };
export type GlossaryEntry = ModuleFile['glossary'][number] & {
	/** For links and page anchors, made from the term. */
	id: string;
	forms: string[];
};
export type Place = ModuleFile['places'][number];
export type MapArea = NonNullable<ModuleFile['map']>;
export type Relation = ModuleFile['relations'][number] & { evidenceIds: string[] };
export type Background = ModuleFile['background'][number] & { evidenceIds: string[] };
export type Aftermath = NonNullable<ModuleFile['aftermath']>;
export type Source = ModuleFile['source'];

export interface Module {
	id: string;
	/** A fingerprint of the questions and their keys. */
	version: string;
	title: string;
	summary: string;
	language: string;
	source: Source;
	sections: Section[];
	actors: Actor[];
	events: Event[];
	glossary: GlossaryEntry[];
	places: Place[];
	map?: MapArea;
	relations: Relation[];
	background: Background[];
	aftermath?: Aftermath;
	questions: Question[];
}

/** What a student gives for each type of question. */
export type Answer =
	| { type: 'single'; choice: string }
	| { type: 'multiple'; choices: string[] }
	| { type: 'truth'; value: 'true' | 'false' | 'not-stated' }
	| { type: 'match'; pairs: Record<string, string> }
	| { type: 'order'; items: string[] }
	| { type: 'fill'; text: string }
	| { type: 'classify'; kinds: Record<string, 'fact' | 'claim' | 'opinion'> }
	| { type: 'locate'; choice: string }
	| { type: 'speaker'; choice: string }
	| { type: 'relation'; choice: string };

/** Just enough of a module to list it and count its progress. */
export interface ModuleOutline {
	id: string;
	title: string;
	summary: string;
	source: Source;
	sections: { id: string; number: number; title: string; questionIds: string[] }[];
}
