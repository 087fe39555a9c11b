import type { Question } from '$lib/question-types/types';
import type { ModuleFile } from './schema';

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

/** A question as the app uses it, and its answer: the unions of the question types' own. */
export type { Answer, Question, QuestionType } from '$lib/question-types/types';

/** An actor, with the sections that name it (listed in module.yaml, or found from its mentions). */
export type Actor = Omit<ModuleFile['actors'][number], 'sections'> & { sections: string[] };
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

/** Just enough of a module to list it and count its progress. */
export interface ModuleOutline {
	id: string;
	title: string;
	summary: string;
	source: Source;
	sections: { id: string; number: number; title: string; questionIds: string[] }[];
}
