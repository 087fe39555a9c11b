import { canonical } from './canonical';
import { parseUntrusted } from './answer-schema';
import { checkModule, type ModuleProblem } from './resolve';
import { sha256 } from './sha256';
import type { Module } from './types';

/**
 * A module file: one module as one JSON file, opened in Lectern with no rebuild. It holds the
 * module's own two files as written (the article's text, module.yaml's data), so that opening
 * it runs the very checker the build runs; the checksum catches a file damaged on the way.
 */
export const MODULE_FILE_FORMAT = 'lectern-module';
export const MODULE_FILE_VERSION = 1;
/** Larger files are refused unread: a long article with a hundred questions is under 300 KB. */
export const MAX_MODULE_FILE_BYTES = 2 * 1024 * 1024;

export interface ModuleFileBody {
	format: typeof MODULE_FILE_FORMAT;
	version: typeof MODULE_FILE_VERSION;
	article: string;
	data: Record<string, unknown>;
}
export type ModuleFile = ModuleFileBody & { checksum: string };

/** What a module is checked as, in messages: the names of the two files it was made from. */
const names = { dataFile: 'module.yaml', articleFile: 'article.md' };

export async function sealModuleFile(source: {
	article: string;
	data: Record<string, unknown>;
}): Promise<ModuleFile> {
	const body: ModuleFileBody = {
		format: MODULE_FILE_FORMAT,
		version: MODULE_FILE_VERSION,
		article: source.article,
		data: source.data
	};
	return { ...body, checksum: `sha256:${await sha256(canonical(body))}` };
}

/** Short, and the same for the same content: what an assignment link names a file module by. */
export const fingerprintOf = (file: ModuleFile) => file.checksum.slice('sha256:'.length, 23);

export type ModuleFileProblem =
	'too-big' | 'not-json' | 'not-module' | 'newer' | 'damaged' | 'broken' | 'built-in';

export class ModuleFileError extends Error {
	constructor(
		readonly problem: ModuleFileProblem,
		/** For 'broken': what the checker found, the first few. */
		readonly problems: ModuleProblem[] = []
	) {
		super(`module file: ${problem}`);
		this.name = 'ModuleFileError';
	}
}

/**
 * Reads a module file's form, untrusted: its size, its JSON (no key that could reach a
 * prototype), its shape and checksum, without checking the module it holds. The studio opens a
 * file so, mistakes and all, to mend it. Throws a ModuleFileError saying why.
 */
export async function readSealedFile(text: string): Promise<ModuleFile> {
	if (new TextEncoder().encode(text).length > MAX_MODULE_FILE_BYTES) {
		throw new ModuleFileError('too-big');
	}
	let parsed: unknown;
	try {
		const { data, hostileKey } = parseUntrusted(text);
		if (hostileKey) throw new ModuleFileError('damaged');
		parsed = data;
	} catch (e) {
		throw e instanceof ModuleFileError ? e : new ModuleFileError('not-json');
	}
	const file = asModuleFile(parsed);
	if ((await sealModuleFile(file)).checksum !== file.checksum) {
		throw new ModuleFileError('damaged');
	}
	return file;
}

/**
 * Reads a module file as a student's browser opens it: its form (readSealedFile), then the
 * whole module through the build's checker. Returns only a module that would have built.
 * `builtIn` is the ids of the site's own modules, which a file may not stand in for.
 */
export async function readModuleFile(
	text: string,
	builtIn: ReadonlySet<string>
): Promise<{ file: ModuleFile; module: Module }> {
	const file = await readSealedFile(text);
	const module = moduleOf(file);
	if (builtIn.has(module.id)) throw new ModuleFileError('built-in');
	return { file, module };
}

/** The module a file holds, checked as the build checks a module folder; throws 'broken'. */
export function moduleOf(file: Pick<ModuleFileBody, 'article' | 'data'>): Module {
	const { module, problems } = checkModule({ ...names, article: file.article, data: file.data });
	if (!module) throw new ModuleFileError('broken', problems.filter((p) => !p.warning).slice(0, 5));
	return module;
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
	!!x && typeof x === 'object' && !Array.isArray(x);

function asModuleFile(x: unknown): ModuleFile {
	if (!isRecord(x) || x.format !== MODULE_FILE_FORMAT) throw new ModuleFileError('not-module');
	if (typeof x.version === 'number' && x.version > MODULE_FILE_VERSION) {
		throw new ModuleFileError('newer');
	}
	const keys = Object.keys(x).sort().join(',');
	if (
		keys !== 'article,checksum,data,format,version' ||
		x.version !== MODULE_FILE_VERSION ||
		typeof x.article !== 'string' ||
		typeof x.checksum !== 'string' ||
		!isRecord(x.data)
	) {
		throw new ModuleFileError('not-module');
	}
	return {
		format: MODULE_FILE_FORMAT,
		version: MODULE_FILE_VERSION,
		article: x.article,
		data: x.data,
		checksum: x.checksum
	};
}
