import type { ModuleFileRow } from '$lib/db/entities';
// Not behind the database's door: a student's section pages never need module files.
import * as files from '$lib/db/module-files';
import type { ModuleFileProblem } from '$lib/module/module-file';
import type { Module } from '$lib/module/types';
import { LiveRead } from './live.svelte';
import { keepsNothing, withDatabase } from './storage.svelte';

export type OpenedFile =
	| { outcome: 'added' | 'replaced' | 'same'; id: string; title: string }
	| { refused: ModuleFileProblem | 'not-kept'; problems?: string[] };

/**
 * Opens a module file a teacher shared: read and checked as the build checks a module (the
 * checker loads only now), then kept in its own transaction, so that its pages work on every
 * later visit and offline. A refused file changes nothing stored; a failed write throws a
 * StorageError.
 */
export async function openModuleFile(
	file: Blob,
	builtIn: ReadonlySet<string>
): Promise<OpenedFile> {
	const [{ MAX_MODULE_FILE_BYTES, ModuleFileError, fingerprintOf, readModuleFile }, { outline }] =
		await Promise.all([import('$lib/module/module-file'), import('$lib/pages/data')]);
	if (file.size > MAX_MODULE_FILE_BYTES) return { refused: 'too-big' };
	let read: Awaited<ReturnType<typeof readModuleFile>>;
	try {
		read = await readModuleFile(await file.text(), builtIn);
	} catch (e) {
		if (!(e instanceof ModuleFileError)) throw e;
		return { refused: e.problem, problems: e.problems.map((p) => p.message) };
	}
	if (await keepsNothing()) return { refused: 'not-kept' };
	const { conn } = await withDatabase();
	const { module, file: sealed } = read;
	const outcome = await files.keepModuleFile(conn, {
		id: module.id,
		fingerprint: fingerprintOf(sealed),
		outline: outline(module),
		openedAt: Date.now(),
		file: sealed
	});
	return { outcome, id: module.id, title: module.title };
}

/** The modules opened from a file on this device, by title, live (another tab may open one). */
export const moduleFiles = () =>
	new LiveRead<ModuleFileRow[]>(
		() => undefined,
		() => files.moduleFilesQuery,
		[]
	);

/** The modules opened from a file on this device, read once (for a page that reads a link). */
export async function keptModuleFiles(): Promise<ModuleFileRow[]> {
	const { conn } = await withDatabase();
	return conn.run(files.moduleFilesQuery);
}

/** Forgets a module opened from a file, in its own transaction; its answers stay. */
export async function removeModuleFile(id: string): Promise<void> {
	const { conn } = await withDatabase();
	await files.removeModuleFile(conn, id);
}

export type FileModule = { module: Module; fingerprint: string; openedAt: number };

/** Modules checked on this page, by fingerprint: moving from page to page checks one once. */
const checked = new Map<string, Module>();

/** A kept module file's module, checked again as the build would (a later Lectern may differ). */
async function checkedModule(row: ModuleFileRow): Promise<Module> {
	let module = checked.get(row.fingerprint);
	if (!module) {
		const { moduleOf } = await import('$lib/module/module-file');
		module = moduleOf(row.file);
		checked.set(row.fingerprint, module);
	}
	return module;
}

/** A module opened from a file, for its pages; null when this device has not opened it. */
export async function fileModule(id: string): Promise<FileModule | null> {
	const { conn } = await withDatabase();
	const row = await files.moduleFile(conn, id);
	if (!row) return null;
	return { module: await checkedModule(row), fingerprint: row.fingerprint, openedAt: row.openedAt };
}

/**
 * The modules of the kept files listed, checked, for the pages that read every module (the
 * results): one that no longer passes the checker is left out.
 */
export async function checkedModules(rows: readonly ModuleFileRow[]): Promise<Module[]> {
	const read = await Promise.all(rows.map((r) => checkedModule(r).catch(() => null)));
	return read.filter((m) => m !== null);
}

/** Earlier files' modules, checked, by the checksum of the file that held them. */
const earlierChecked = new Map<string, Module | null>();

/**
 * The modules of the files a kept module file replaced, checked, for grading results files
 * answered against them; one that no longer passes the checker is left out.
 */
export async function checkedEarlier(row: ModuleFileRow): Promise<Module[]> {
	if (!row.earlier?.length) return [];
	const { moduleOf } = await import('$lib/module/module-file');
	return row.earlier.flatMap((file) => {
		if (!earlierChecked.has(file.checksum)) {
			let module: Module | null = null;
			try {
				module = moduleOf(file);
			} catch {
				// Left out: graded by today's key, which the dashboard says.
			}
			earlierChecked.set(file.checksum, module);
		}
		const module = earlierChecked.get(file.checksum);
		return module ? [module] : [];
	});
}

/**
 * A module opened from a file as the Assign page offers it: its sections previewed as the build
 * previews the site's, and the fingerprint its links carry; null when it is not on this device.
 */
export async function assignableFile(id: string) {
	const [found, { sectionPreviews }] = await Promise.all([
		fileModule(id),
		import('$lib/assign/preview')
	]);
	if (!found) return null;
	const { module, fingerprint } = found;
	return { id, title: module.title, sections: sectionPreviews(module), file: fingerprint };
}
