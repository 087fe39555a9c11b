import type { Module } from '$lib/module/types';
import { ModuleError } from '$lib/module/resolve';
import { checkModuleFiles } from './parse-module';

// A module keeps an earlier version of itself, whose answer key students' files were made
// with, as a copy of its two files in earlier/<name>/: the results page grades those files by
// it. See "Changing a module students have answered" in docs/authoring.md.
const yamlFiles = import.meta.glob('/content/modules/*/earlier/*/module.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
const articleFiles = import.meta.glob('/content/modules/*/earlier/*/article.md', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Each earlier version's folder and the module it holds: the build fails on one that does not resolve. */
export function checkEarlier(
	yaml: Readonly<Record<string, string>> = yamlFiles,
	articles: Readonly<Record<string, string>> = articleFiles
): { moduleId: string; module: Module }[] {
	return Object.entries(yaml).map(([path, yamlText]) => {
		const folder = path.slice(1, -'/module.yaml'.length);
		const moduleId = folder.split('/').at(-3)!;
		const article = articles[`/${folder}/article.md`];
		if (article === undefined) throw new Error(`${folder}: article.md is missing`);
		const { module, problems } = checkModuleFiles(folder, yamlText, article);
		if (!module) throw new ModuleError(problems);
		if (module.id !== moduleId) {
			throw new Error(`${folder}/module.yaml id: must equal its module's id "${moduleId}"`);
		}
		return { moduleId, module };
	});
}

let cache: ReturnType<typeof checkEarlier> | undefined;

/** The earlier versions module `id` keeps. */
export function earlierVersions(id: string): Module[] {
	cache ??= checkEarlier();
	return cache.filter((e) => e.moduleId === id).map((e) => e.module);
}
