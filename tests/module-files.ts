import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { MODULE_ID } from './module-data';

// Module files written as the format says, apart from the app's code that writes them: keys in
// code-point order, no spaces, then sha256 of that text.
const canonical = (v: unknown): string =>
	Array.isArray(v)
		? `[${v.map(canonical).join(',')}]`
		: v && typeof v === 'object'
			? `{${Object.keys(v)
					.sort()
					.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
					.join(',')}}`
			: JSON.stringify(v);

export type ModuleFileBody = {
	format: string;
	version: number;
	article: string;
	data: Record<string, unknown>;
};

/** This site's module as a module file of its own: another id and title. */
export function copyOfSiteModule(id: string, title: string): ModuleFileBody {
	const folder = `content/modules/${MODULE_ID}`;
	const data = parse(readFileSync(`${folder}/module.yaml`, 'utf8')) as Record<string, unknown>;
	return {
		format: 'lectern-module',
		version: 1,
		article: readFileSync(`${folder}/article.md`, 'utf8'),
		data: { ...data, id, title }
	};
}

export const sealed = (body: ModuleFileBody) => ({
	...body,
	checksum: `sha256:${createHash('sha256').update(canonical(body)).digest('hex')}`
});

/** Writes `content` (a sealed file, or any text) to `path`; returns the path. */
export function writeModuleFile(path: string, content: object | string): string {
	writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
	return path;
}
