import type { Module } from '$lib/module/types';
import { ModuleError } from '$lib/module/resolve';
import { parse } from 'yaml';
import { checkModuleFiles } from './parse-module';

// Every folder under content/modules is a module: adding one needs no code change.
const yamlFiles = import.meta.glob('/content/modules/*/module.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
const articleFiles = import.meta.glob('/content/modules/*/article.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

let cache: { modules: Module[]; warnings: string[] } | undefined;

function checked() {
	cache ??= Object.entries(yamlFiles).reduce(
		(all, [path, yamlText]) => {
			const folder = path.slice(1, -'/module.yaml'.length);
			const article = articleFiles[`/${folder}/article.md`];
			if (article === undefined) throw new Error(`${folder}: article.md is missing`);
			const { module, problems } = checkModuleFiles(folder, yamlText, article);
			if (!module) throw new ModuleError(problems);
			const name = folder.split('/').at(-1);
			if (module.id !== name) {
				throw new Error(`${folder}/module.yaml id: must equal the folder name "${name}"`);
			}
			const n = problems.filter((p) => p.warning).length;
			if (n)
				all.warnings.push(
					`${folder}: ${n} warning${n === 1 ? '' : 's'}: run npm run check:modules to see them`
				);
			all.modules.push(module);
			return all;
		},
		{ modules: [] as Module[], warnings: [] as string[] }
	);
	cache.modules.sort((a, b) => a.title.localeCompare(b.title));
	return cache;
}

/**
 * Every module, validated, for `entries`: silent, because SvelteKit's build analysis calls
 * `entries` in a worker of its own and the warnings would be counted twice.
 */
export const moduleList = (): Module[] => checked().modules;

let told = false;

/**
 * Every module, validated, for a page's `load`. A build with an invalid module fails with the
 * checker's own lines; warnings are counted here once (`npm run check:modules` lists them).
 */
export function allModules(): Module[] {
	const { modules, warnings } = checked();
	if (!told && !process.env.VITEST) warnings.forEach((w) => console.warn(w));
	told = true;
	return modules;
}

export function getModule(id: string): Module | undefined {
	return allModules().find((m) => m.id === id);
}

export { outline } from '$lib/pages/data';

/** Every module's id, for prerendering the pages of each (a route's `entries`). */
export const moduleEntries = () => moduleList().map((mod) => ({ module: mod.id }));

/**
 * A module's two files as written, for the studio to open: the article's text and module.yaml's
 * data (not the resolved module). Only modules that build are offered.
 */
export function moduleSource(id: string): { article: string; data: unknown } | undefined {
	if (!getModule(id)) return undefined;
	const folder = `/content/modules/${id}`;
	const yamlText = yamlFiles[`${folder}/module.yaml`];
	const article = articleFiles[`${folder}/article.md`];
	return yamlText === undefined || article === undefined
		? undefined
		: { article, data: parse(yamlText) };
}
