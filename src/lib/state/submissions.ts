import type { Submission } from '$lib/db/entities';
import { withDatabase } from './storage.svelte';

/** Every results file imported on this device, in the order they came. */
export async function importedFiles(): Promise<Submission[]> {
	const { db, conn } = await withDatabase();
	return db.listSubmissions(conn);
}

/** Keeps one checked results file in its own transaction: 'added', or 'known' if already here. */
export async function importFile(row: Submission): Promise<'added' | 'known'> {
	const { db, conn } = await withDatabase();
	return db.importSubmission(conn, row);
}

/** Removes one class's imported files (one assignment), in one transaction; returns how many. */
export async function removeClassFiles(code: string): Promise<number> {
	const { db, conn } = await withDatabase();
	return db.removeAssignmentFiles(conn, code);
}
