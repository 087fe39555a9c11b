import type { Module, ModuleOutline } from '$lib/module/types';
import { ModuleError } from '$lib/module/resolve';
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

let cache: Module[] | undefined;

/** Every module, validated; a build with an invalid module fails with the module's problems. */
export function allModules(): Module[] {
	cache ??= Object.entries(yamlFiles)
		.map(([path, yamlText]) => {
			const folder = path.slice(1, -'/module.yaml'.length);
			const article = articleFiles[`/${folder}/article.md`];
			if (article === undefined) throw new Error(`${folder}: article.md is missing`);
			const { module, problems } = checkModuleFiles(folder, yamlText, article);
			if (!module) throw new ModuleError(problems);
			// Errors stop the build with the checker's own lines; warnings are counted, and
			// `npm run check:modules` lists them. The tests check modules on their own.
			const warnings = problems.filter((p) => p.warning).length;
			if (warnings && !process.env.VITEST)
				console.warn(`${folder}: ${warnings} warnings: run npm run check:modules to see them`);
			const name = folder.split('/').at(-1);
			if (module.id !== name) {
				throw new Error(`${folder}/module.yaml id: must equal the folder name "${name}"`);
			}
			return module;
		})
		.sort((a, b) => a.title.localeCompare(b.title));
	return cache;
}

export function getModule(id: string): Module | undefined {
	return allModules().find((m) => m.id === id);
}

export function outline(module: Module): ModuleOutline {
	return {
		id: module.id,
		title: module.title,
		summary: module.summary,
		source: module.source,
		sections: module.sections.map((s) => ({
			id: s.id,
			number: s.number,
			title: s.title,
			questionIds: module.questions.filter((q) => q.section === s.id).map((q) => q.id)
		}))
	};
}

/** Every module's id, for prerendering the pages of each (a route's `entries`). */
export const moduleEntries = () => allModules().map((mod) => ({ module: mod.id }));
