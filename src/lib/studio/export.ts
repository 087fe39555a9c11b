import { strToU8, zipSync } from 'fflate';
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
