import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The module as its author wrote it, so tests can answer questions the way a student would. */
export type RawQuestion = {
	id: string;
	section: string;
	type: 'single' | 'multiple' | 'truth' | 'match' | 'order' | 'fill' | 'classify';
	prompt: string;
	hint: string;
	explanation: string;
	evidence: string[];
	actors?: string[];
	events?: string[];
	options?: { id: string; text: string }[];
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
	questions: RawQuestion[];
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
