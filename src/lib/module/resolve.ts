import * as v from 'valibot';
import { locateQuote, parseArticle } from './article';
import { ModuleFile, type QuestionFile } from './schema';
import { stableShuffle } from './shuffle';
import type { Event, Module, Question, Section } from './types';

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
	const sections = new Map(article.sections.map((s) => [s.id, s]));
	const actorIds = new Set<string>();
	const eventIds = new Set<string>();

	const unique = (seen: Set<string>, id: string, path: Path, what: string) => {
		if (seen.has(id)) at(path, `${what} id "${id}" is used twice`);
		seen.add(id);
	};
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
	});
	const orders = new Set<number>();
	const events: Event[] = data.events.map((e, i) => {
		unique(eventIds, e.id, ['events', i, 'id'], 'event');
		if (orders.has(e.order)) at(['events', i, 'order'], `order ${e.order} is used twice`);
		orders.add(e.order);
		e.actors.forEach((a, j) => {
			if (!actorIds.has(a)) at(['events', i, 'actors', j], `no actor "${a}"`);
		});
		const section = sectionOf(e.section, ['events', i, 'section']);
		return { ...e, evidenceIds: evidence(section, e.evidence, ['events', i, 'evidence']) };
	});

	const questionIds = new Set<string>();
	const questions: Question[] = data.questions.map((q, i) => {
		const path: Path = ['questions', i];
		unique(questionIds, q.id, [...path, 'id'], 'question');
		q.actors.forEach((a, j) => {
			if (!actorIds.has(a)) at([...path, 'actors', j], `no actor "${a}"`);
		});
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
		if (q.type === 'single' || q.type === 'multiple') {
			// Authors tend to write the right option first; students should not learn that.
			return { ...q, evidenceIds, options: stableShuffle(q.options, q.id) };
		}
		return { ...q, evidenceIds };
	});

	if (problems.length) throw new ModuleError(problems);
	return {
		id: data.id,
		title: data.title,
		summary: data.summary,
		language: data.language,
		source: data.source,
		sections: article.sections,
		actors: data.actors,
		events: events.sort((a, b) => a.order - b.order),
		glossary: data.glossary,
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
		case 'truth':
			break;
	}
}
