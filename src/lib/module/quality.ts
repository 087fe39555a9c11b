import { adviseQuestions } from '$lib/question-types/builds';
import { locateQuote, paragraphText } from './article';
import { namesOf, sectionsNaming } from './names';
import type { Report } from './problems';
import type { ModuleFile } from './schema';
import type { Module } from './types';

/** The guide's "aim for" figures: advice, so a module that misses them still builds. */
export const MIN_QUESTIONS_PER_SECTION = 5;
export const MAX_HEADING_WORDS = 7;

/**
 * The rules docs/authoring.md gives every module, as warnings: coverage, questions per section,
 * headings, evidence in whole sentences, names the text uses, and each question type's own
 * advice on patterns that give answers away. Runs on a module that built.
 */
export function adviseModule(
	data: ModuleFile,
	mod: Module,
	warn: Report,
	warnArticle: (m: string) => void
) {
	const asked = (key: 'actors' | 'events', id: string) =>
		data.questions.some((q) => q[key].includes(id));
	data.actors.forEach((a, i) => {
		if (!asked('actors', a.id))
			warn(
				['actors', i],
				`actor "${a.id}" is in no question: add it to the actors of one that involves it`
			);
	});
	data.events.forEach((e, i) => {
		if (!asked('events', e.id))
			warn(
				['events', i],
				`event "${e.id}" is in no question: add it to the events of one that asks about it`
			);
	});

	for (const s of mod.sections) {
		const n = data.questions.filter((q) => q.section === s.id).length;
		if (n < MIN_QUESTIONS_PER_SECTION)
			warnArticle(
				`section "${s.id}" has ${n} question${n === 1 ? '' : 's'}: aim for at least ${MIN_QUESTIONS_PER_SECTION}`
			);
		const words = s.title.split(/\s+/).length;
		if (words > MAX_HEADING_WORDS)
			warnArticle(
				`the heading of section "${s.id}" has ${words} words: keep it to ${MAX_HEADING_WORDS} or fewer`
			);
	}

	// Evidence is highlighted sentence by sentence: a piece of one, or two in one entry, shows
	// more or less than the author meant.
	const sections = new Map(mod.sections.map((s) => [s.id, s]));
	data.questions.forEach((q, i) => {
		const section = sections.get(q.section)!;
		const sentences = new Map(
			section.paragraphs.flatMap((p) => p.sentences.map((s) => [s.id, s.text]))
		);
		q.evidence.forEach((quote, j) => {
			const ids = locateQuote(section, quote) ?? [];
			const whole = ids.map((id) => sentences.get(id)).join(' ');
			if (ids.length > 1)
				warn(
					['questions', i, 'evidence', j],
					`holds ${ids.length} sentences: give each its own entry`
				);
			else if (whole !== quote.trim())
				warn(['questions', i, 'evidence', j], `is part of a sentence: copy the whole sentence`);
		});
	});

	// An alias the article never uses links nothing, and misleads whoever keeps the module.
	const text = mod.sections.flatMap((s) => s.paragraphs.map(paragraphText)).join('\n');
	data.actors.forEach((a, i) => {
		a.aliases.forEach((alias, j) => {
			if (!text.includes(alias))
				warn(['actors', i, 'aliases', j], `"${alias}" does not occur in the article: remove it`);
		});
		// Listed by the author (found from the mentions otherwise): the list should match them.
		if (!a.sections) return;
		const mentioned = sectionsNaming(mod.sections, a.id);
		for (const id of mentioned) {
			if (!a.sections.includes(id))
				warn(
					['actors', i, 'sections'],
					`the article names this actor in section "${id}": list it, or leave sections out`
				);
		}
		a.sections.forEach((id, j) => {
			if (!mentioned.includes(id))
				warn(
					['actors', i, 'sections', j],
					`section "${id}" never names ${namesOf(a)[0]}: remove it`
				);
		});
	});

	const context = {
		relations: data.relations,
		events: data.events.map((e) => ({ id: e.id, places: e.places ?? [] }))
	};
	adviseQuestions(
		data.questions,
		(at, message) => warn(at === null ? ['questions'] : ['questions', at], message),
		context
	);
}
