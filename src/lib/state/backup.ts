import type { ProgressExport, RestoreReport } from '$lib/db/entities';
import { storage, withDatabase } from './storage.svelte';

/**
 * Everything this device holds, answers the page could not save included, as a file to keep.
 * The time is remembered, to say when it was last done (a browser keeping nothing cannot).
 */
export async function progressFile(): Promise<ProgressExport> {
	const { db, conn } = await withDatabase();
	const file = await db.exportProgress(conn, storage.unsaved);
	await db.markExported(conn, Date.parse(file.exportedAt)).catch(() => {});
	return file;
}

/** When the progress was last downloaded; null if never, or if it cannot be told. */
export async function lastExport(): Promise<number | null> {
	const { db, conn } = await withDatabase();
	return db.lastExport(conn).catch(() => null);
}

/** Why a chosen file was not restored; a storage failure is thrown as a StorageError instead. */
export type RestoreRefusal = import('$lib/db/progress-file').ProgressFileProblem;

/**
 * Restores a downloaded progress file, merged in one transaction: all of it or none. A file
 * that is not a progress file gives a refusal and changes nothing.
 */
export async function restoreFile(
	file: File,
	/** Told the rows gone through, of all the file's, as they are written. */
	onProgress?: (done: number, total: number) => void
): Promise<{ report: RestoreReport } | { refused: RestoreRefusal }> {
	// The checks load only when a file is chosen: the home page stays small.
	const { readProgressFile, ProgressFileError, MAX_PROGRESS_BYTES } =
		await import('$lib/db/progress-file');
	let rows;
	try {
		if (file.size > MAX_PROGRESS_BYTES) throw new ProgressFileError('too-big');
		rows = readProgressFile(await file.text());
	} catch (e) {
		if (e instanceof ProgressFileError) return { refused: e.problem };
		throw e;
	}
	const [{ conn }, { restoreProgress }] = await Promise.all([
		withDatabase(),
		import('$lib/db/restore')
	]);
	const report = await restoreProgress(conn, rows, onProgress);
	storage.restored();
	return { report };
}
