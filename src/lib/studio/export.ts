import { strToU8, zipSync } from 'fflate';
import { readModuleFile, sealModuleFile } from '$lib/module/module-file';
import type { DraftContent } from './draft';
import { articleOf, moduleDataOf } from './files';
import { toYaml, type YamlMap } from './yaml-out';

/** The folder name of a draft's module: its id, as content/modules/<id>/ wants. */
export const folderOf = (content: DraftContent) => String(moduleDataOf(content).id);

/**
 * The draft as a module folder in a zip: <id>/article.md and <id>/module.yaml, to put in
 * content/modules. Loaded only when a teacher exports.
 */
export function moduleZip(content: DraftContent): Uint8Array<ArrayBuffer> {
	const folder = folderOf(content);
	// A copy typed as plain ArrayBuffer bytes, as Blob wants.
	const zipped = zipSync({
		[folder]: {
			'article.md': strToU8(articleOf(content)),
			'module.yaml': strToU8(toYaml(moduleDataOf(content) as YamlMap))
		}
	});
	return new Uint8Array(zipped);
}

/** A module file's name: its id, and an ending that says what it is. */
export const moduleFileName = (content: DraftContent) => `${folderOf(content)}.lectern.json`;

/**
 * The draft as a module file, read back as Lectern reads it when a student opens it, so that a
 * file that would be refused is never handed out: throws its ModuleFileError instead.
 */
export async function moduleFileText(
	content: DraftContent,
	builtIn: ReadonlySet<string>
): Promise<string> {
	const sealed = await sealModuleFile({ article: articleOf(content), data: moduleDataOf(content) });
	const text = JSON.stringify(sealed);
	await readModuleFile(text, builtIn);
	return text;
}
