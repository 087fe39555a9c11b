import { LineCounter, isNode, parseDocument, type YAMLError } from 'yaml';
import {
	ModuleError,
	checkModule,
	type ModuleProblem,
	type ModuleSources,
	type Path
} from '$lib/module/resolve';
import type { Module } from '$lib/module/types';

/** The YAML parser's codes for the slips authors make, in plain words. */
const yamlHints: Partial<Record<YAMLError['code'], string>> = {
	TAB_AS_INDENT: 'a tab is used to indent: YAML indents with spaces only',
	BAD_INDENT:
		'this line is indented differently from the lines around it, or a bracket [ or { before it is not closed',
	DUPLICATE_KEY: 'this field is given twice in the same place',
	MULTILINE_IMPLICIT_KEY:
		'YAML cannot read this line: text holding ": " must be in quotes, or in a >- block',
	BLOCK_AS_IMPLICIT_KEY:
		'YAML cannot read this line: text holding ": " must be in quotes, or in a >- block',
	UNEXPECTED_TOKEN:
		'YAML cannot read this line: check its indentation, and quote text holding ": " or " #"',
	MISSING_CHAR: 'a bracket or a quotation mark is not closed'
};

/**
 * Checks a module's two files and builds it: every error and warning at once, each placed in its
 * file. Runs at build time and in `npm run check:modules`: the YAML parser never reaches the
 * browser. The module is null when an error stops it building.
 */
export function checkModuleFiles(
	folder: string,
	yamlText: string,
	articleText: string
): { module: Module | null; problems: ModuleProblem[] } {
	const dataFile = `${folder}/module.yaml`;
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
	// A cause the parser names late (an unclosed bracket, a tab) explains the complaints before it.
	const causes: YAMLError['code'][] = ['TAB_AS_INDENT', 'MISSING_CHAR', 'DUPLICATE_KEY'];
	const first = doc.errors.find((e) => causes.includes(e.code)) ?? doc.errors[0];
	const rest = doc.errors.filter((e) => e !== first);
	if (first) {
		// The other errors nearly always follow from this one: one line to fix, not seven.
		const { line, col } = lineCounter.linePos(first.pos[0]);
		const hint = yamlHints[first.code] ?? first.message.split('\n')[0] ?? first.message;
		const more = rest.length
			? ` (the parser's ${rest.length} later complaints likely follow from this one)`
			: '';
		return {
			module: null,
			problems: [{ file: dataFile, place: `line ${line}, column ${col}`, message: hint + more }]
		};
	}
	const lineOf = (path: Path) => {
		// Walk up to the nearest node the parser kept a position for.
		for (let n = path.length; n >= 0; n--) {
			const node = doc.getIn(path.slice(0, n), true);
			if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
		}
		return undefined;
	};
	const sources: ModuleSources = {
		dataFile,
		articleFile: `${folder}/article.md`,
		data: doc.toJS({ maxAliasCount: 0 }),
		article: articleText,
		lineOf
	};
	return checkModule(sources);
}

/** Builds a module from its two files, or throws a ModuleError naming every error in them. */
export function parseModule(folder: string, yamlText: string, articleText: string): Module {
	const { module, problems } = checkModuleFiles(folder, yamlText, articleText);
	if (!module) throw new ModuleError(problems);
	return module;
}
