import { LineCounter, isNode, parseDocument } from 'yaml';
import { ModuleError, resolveModule, type Path } from '$lib/module/resolve';
import type { Module } from '$lib/module/types';

/**
 * Builds a module from the text of its two files. Runs at build time only: the YAML parser never
 * reaches the browser.
 */
export function parseModule(folder: string, yamlText: string, articleText: string): Module {
	const dataFile = `${folder}/module.yaml`;
	const lineCounter = new LineCounter();
	const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
	if (doc.errors.length) {
		throw new ModuleError(
			doc.errors.map((e) => ({
				file: dataFile,
				place: `line ${lineCounter.linePos(e.pos[0]).line}`,
				message: e.message.split('\n')[0] ?? e.message
			}))
		);
	}
	const lineOf = (path: Path) => {
		// Walk up to the nearest node the parser kept a position for.
		for (let n = path.length; n >= 0; n--) {
			const node = doc.getIn(path.slice(0, n), true);
			if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
		}
		return undefined;
	};
	return resolveModule({
		dataFile,
		articleFile: `${folder}/article.md`,
		data: doc.toJS({ maxAliasCount: 0 }),
		article: articleText,
		lineOf
	});
}
