import * as v from 'valibot';
import { parseArticle } from './article';
import { fingerprint } from './hash';
import { checkNames, linkNames, sectionsNaming } from './names';
import { ModuleError, Problems, type ModuleProblem, type Path } from './problems';
import { adviseModule } from './quality';
import { resolveReferences } from './references';
import { plainIssue } from './plain-issues';
import { LENIENT_KEYS, LenientModuleFile, ModuleFile } from './schema';
import type { Module } from './types';

export { ModuleError, formatPath, problemLine, type ModuleProblem, type Path } from './problems';

export interface ModuleSources {
	/** Names used in messages, e.g. content/modules/x/module.yaml */
	dataFile: string;
	articleFile: string;
	data: unknown;
	article: string;
	/** Maps a field path of the data file to a line number, where the parser can tell. */
	lineOf?: (path: Path) => number | undefined;
}

/**
 * Validates and cross-checks a module's two files, and builds the module the app uses: first the
 * schema, then every reference between the parts (references.ts), then the names the text is
 * linked by (names.ts). Each stage runs only on data the one before found sound.
 */
export function resolveModule(src: ModuleSources): Module {
	return build(src, new Problems(src.dataFile, src.lineOf)).module;
}

/**
 * Every problem of a module at once, errors and advice (warnings): what `npm run check:modules`
 * prints and the build reports. The module is null when an error stops it building.
 */
export function checkModule(src: ModuleSources): {
	module: Module | null;
	problems: ModuleProblem[];
} {
	const problems = new Problems(src.dataFile, src.lineOf);
	try {
		const { module, data } = build(src, problems);
		adviseModule(data, module, problems.warn, (message) =>
			problems.add({ file: src.articleFile, place: '', message, warning: true })
		);
		return { module, problems: problems.list };
	} catch (e) {
		if (e instanceof ModuleError) return { module: null, problems: e.problems };
		throw e;
	}
}

/**
 * The data without the list entries (an actor, a question…) that schema issues point into,
 * and those entries' ids; null when an issue is outside any list entry, but for LENIENT_KEYS.
 */
function withoutBadEntries(
	data: unknown,
	issues: readonly v.BaseIssue<unknown>[]
): { data: Record<string, unknown>; ids: string[]; kept: Map<string, number[]> } | null {
	if (!data || typeof data !== 'object') return null;
	const bad = new Map<string, Set<number>>();
	for (const issue of issues) {
		const [list, index] = issue.path?.map((p) => p.key) ?? [];
		// Reported already; the lenient schema stands in for them (a bad actor or question is
		// still left out below, as any bad entry).
		if (typeof list === 'string' && LENIENT_KEYS.includes(list) && typeof index !== 'number')
			continue;
		if (typeof list !== 'string' || typeof index !== 'number') return null;
		bad.set(list, (bad.get(list) ?? new Set()).add(index));
	}
	const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
	const ids: string[] = [];
	/** For each pruned list, the index in the file of each entry kept. */
	const kept = new Map<string, number[]>();
	for (const [list, indexes] of bad) {
		const entries = copy[list] as unknown[];
		for (const i of indexes) {
			const id = (entries[i] as { id?: unknown } | null)?.id;
			if (typeof id === 'string') ids.push(id);
		}
		kept.set(
			list,
			entries.flatMap((_, i) => (indexes.has(i) ? [] : [i]))
		);
		copy[list] = entries.filter((_, i) => !indexes.has(i));
	}
	return { data: copy, ids, kept };
}

function build(src: ModuleSources, problems: Problems): { module: Module; data: ModuleFile } {
	const article = parseArticle(src.article);
	for (const p of article.problems) {
		problems.add({ file: src.articleFile, place: `line ${p.line}`, message: p.message });
	}

	const parsed = v.safeParse(ModuleFile, src.data);
	let data: ModuleFile;
	if (parsed.success) data = parsed.output;
	else {
		for (const issue of parsed.issues) {
			const path: Path = issue.path?.map((item) => item.key as string | number) ?? [];
			problems.at(path.length ? path : ['(top)'], plainIssue(issue, ModuleFile, src.data));
		}
		// The rest is still checked, so that one bad entry does not hide the other problems.
		const rest = withoutBadEntries(src.data, parsed.issues);
		const again = rest && v.safeParse(LenientModuleFile, rest.data);
		if (!again?.success) throw new ModuleError(problems.list);
		data = again.output as ModuleFile;
		// Paths into the pruned lists are reported where the entries are in the file.
		const { ids, kept } = rest!;
		const later = new Problems(src.dataFile, src.lineOf);
		const inFile = (path: Path): Path => {
			const [list, i, ...tail] = path;
			const old =
				typeof list === 'string' && typeof i === 'number' ? kept.get(list)?.[i] : undefined;
			return old === undefined ? path : [list!, old, ...tail];
		};
		resolveReferences(data, article.sections, src.articleFile, {
			at: (path: Path, message: string) => later.at(inFile(path), message),
			add: (p: ModuleProblem) => later.add(p)
		});
		// A reference to an entry left out is no news: its own problem is reported.
		for (const p of later.list)
			if (!ids.some((id) => p.message.includes(`"${id}"`))) problems.add(p);
		throw new ModuleError(problems.list);
	}
	// A broken heading moves every paragraph after it into the section before: each evidence
	// quote and section reference would then fail too. Those wait until the article is sound.
	if (article.problems.length) {
		problems.add({
			file: src.dataFile,
			place: '',
			message: `its references to the article are checked once ${src.articleFile} has no errors`
		});
		throw new ModuleError(problems.list);
	}
	const { events, relations, background, glossary, questions } = resolveReferences(
		data,
		article.sections,
		src.articleFile,
		problems
	);
	checkNames(data.actors, problems.at);
	problems.throwIfAny();
	linkNames(article.sections, data.actors, glossary, problems.at);
	// An actor's sections are where the text names it, unless the author lists them.
	const actors = data.actors.map((a, i) => {
		const sections = a.sections ?? sectionsNaming(article.sections, a.id);
		if (!sections.length)
			problems.at(
				['actors', i, 'name'],
				`the article never names "${a.name}": add to aliases a name it uses`
			);
		return { ...a, sections };
	});
	problems.throwIfAny();
	const module: Module = {
		id: data.id,
		// Changes whenever a question or its key does: results files name the version they answered.
		version: fingerprint(JSON.stringify(data.questions)),
		title: data.title,
		summary: data.summary,
		language: data.language,
		source: data.source,
		sections: article.sections,
		actors,
		events: events.sort((a, b) => a.order - b.order),
		glossary,
		places: data.places,
		map: data.map,
		relations,
		background: background.sort((a, b) => a.year - b.year),
		aftermath: data.aftermath,
		questions
	};
	return { module, data };
}
