import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The module as its author wrote it, so tests can answer questions the way a student would. */
export type RawQuestion = {
	id: string;
	section: string;
	type:
		| 'single'
		| 'multiple'
		| 'truth'
		| 'match'
		| 'order'
		| 'fill'
		| 'classify'
		| 'locate'
		| 'speaker'
		| 'relation';
	prompt: string;
	hint: string;
	explanation: string;
	evidence: string[];
	actors?: string[];
	events?: string[];
	/** Option objects; for speaker and relation questions, actor ids. */
	options?: { id: string; text: string }[] | string[];
	/** Locate questions: the place ids offered. */
	places?: string[];
	quote?: string;
	answer?: string | string[];
	statement?: string;
	pairs?: { id: string; left: string; right: string }[];
	items?: { id: string; text: string }[];
	accept?: string[];
	statements?: { id: string; text: string; answer: 'fact' | 'claim' | 'opinion' }[];
};

export const MODULE_ID = 'iraq-crisis-2014';
const raw = parse(readFileSync(`content/modules/${MODULE_ID}/module.yaml`, 'utf8')) as {
	title: string;
	actors: { id: string; name: string }[];
	places: { id: string; name: string; kind: string }[];
	events: { id: string; title: string; places: string[] }[];
	glossary: { term: string; definition: string; forms?: string[]; actor?: string }[];
	questions: RawQuestion[];
	source: { author: string; publishers: { name: string }[] };
	aftermath: { written: string; facts: { when: string; text: string }[] };
};
const article = readFileSync(`content/modules/${MODULE_ID}/article.md`, 'utf8');

export const moduleTitle = raw.title;
export const sections = [...article.matchAll(/^## (.+?) \{#([a-z0-9-]+)\}$/gm)].map((m) => ({
	title: m[1]!,
	id: m[2]!
}));
export const questionsOf = (sectionId: string) =>
	raw.questions.filter((q) => q.section === sectionId);
export const actors = raw.actors;
export const actorName = (id: string) => actors.find((a) => a.id === id)!.name;
export const places = raw.places;
export const events = raw.events;
export const glossary = raw.glossary;
export const source = raw.source;
export const aftermath = raw.aftermath;

/** A module's sections, questions and names: what a test needs to answer its quiz. */
export type QuizModule = {
	sections: { id: string; title: string }[];
	questions: RawQuestion[];
	actors: { id: string; name: string }[];
	places: { id: string; name: string }[];
};

/** This site's module, whose quiz most tests answer. */
/** The site's modules with their sections, as the teacher's import reads a file's link against them. */
export const siteModules: ReadonlyMap<string, readonly string[]> = new Map([
	[MODULE_ID, sections.map((s) => s.id)]
]);
export const siteModule: QuizModule = { sections, questions: raw.questions, actors, places };

/** A module as its folder has it (module.yaml and article.md), such as a studio's export. */
export function quizModuleOf(yaml: string, articleText: string): QuizModule {
	const data = parse(yaml) as Omit<QuizModule, 'sections'> & { places?: QuizModule['places'] };
	return {
		sections: [...articleText.matchAll(/^## (.+?) \{#([a-z0-9-]+)\}$/gm)].map((m) => ({
			title: m[1]!,
			id: m[2]!
		})),
		questions: data.questions,
		actors: data.actors,
		places: data.places ?? []
	};
}

/** Options of single and multiple questions (objects with text). */
export const optionsOf = (q: RawQuestion) => (q.options ?? []) as { id: string; text: string }[];

/** For a question answered by choosing one place or actor: the ids offered and their names. */
export const choicesOf = (
	q: RawQuestion,
	module: QuizModule = siteModule
): { id: string; text: string }[] => {
	const ids = (q.type === 'locate' ? q.places : q.options) as string[];
	const names = q.type === 'locate' ? module.places : module.actors;
	return ids.map((id) => ({ id, text: names.find((x) => x.id === id)!.name }));
};

/** The paragraphs of a section as article.md has them (a leading "> " marks a quotation). */
export const paragraphsOf = (sectionId: string): string[] => {
	const start = article.indexOf(`{#${sectionId}}`);
	const rest = article.slice(article.indexOf('\n', start));
	const end = rest.search(/^## /m);
	return (end === -1 ? rest : rest.slice(0, end))
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim().replace(/^> /, ''))
		.filter((p) => p !== '');
};
