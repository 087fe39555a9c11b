import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { problemLine } from '$lib/module/resolve';
import { checkModuleFiles } from './parse-module';

/** What `npm run check:modules` found in each module folder. */
export interface FolderReport {
	folder: string;
	lines: string[];
	errors: number;
	warnings: number;
}

/**
 * Checks module folders with the build's own checker: every folder under `root`, or those
 * named. A name with a slash in it is a path to a folder anywhere (an unzipped export, say). A
 * missing file is an error of its folder, not a crash.
 */
export function checkFolders(root: string, names: readonly string[] = []): FolderReport[] {
	const folders = names.length
		? names
		: readdirSync(root, { withFileTypes: true })
				.filter((d) => d.isDirectory())
				.map((d) => d.name)
				.sort();
	return folders.map((name) => {
		const folder = name.includes('/') ? name : join(root, name);
		const missing = ['module.yaml', 'article.md'].filter((f) => !existsSync(join(folder, f)));
		if (missing.length)
			return {
				folder,
				lines: missing.map((f) => `${folder}/${f}: the file is missing`),
				errors: missing.length,
				warnings: 0
			};
		const { module, problems } = checkModuleFiles(
			folder,
			readFileSync(join(folder, 'module.yaml'), 'utf8'),
			readFileSync(join(folder, 'article.md'), 'utf8')
		);
		const lines = problems.map(problemLine);
		if (module && module.id !== basename(folder))
			lines.unshift(`${folder}/module.yaml id: must equal the folder name "${basename(folder)}"`);
		const warnings = problems.filter((p) => p.warning).length;
		return { folder, lines, errors: lines.length - warnings, warnings };
	});
}
