import type { Connection } from './connection';
import type { LecternDB } from './database';
import type { Submission } from './entities';

/**
 * Keeps one imported results file, in its own transaction: a file either goes in whole or not
 * at all. The same file imported twice is kept once.
 */
export function importSubmission(conn: Connection, row: Submission): Promise<'added' | 'known'> {
	return conn.run((db) =>
		db.transaction('rw', db.submissions, async () => {
			if (await db.submissions.get(row.checksum)) return 'known' as const;
			await db.submissions.add(row);
			return 'added' as const;
		})
	);
}

/** Every results file imported on this device, in the order they came. */
export const submissionsQuery = (db: LecternDB): Promise<Submission[]> =>
	db.submissions.orderBy('importedAt').toArray();

export const listSubmissions = (conn: Connection) => conn.run(submissionsQuery);

/** Deletes every imported file of one assignment: one class's results, as the dashboard groups them. */
export function removeAssignmentFiles(conn: Connection, code: string): Promise<number> {
	return conn.run((db) =>
		db.transaction('rw', db.submissions, () =>
			db.submissions.where('assignmentCode').equals(code).delete()
		)
	);
}

/** Deletes the imported files with these checksums, in one transaction; returns how many. */
export function removeSubmissions(conn: Connection, checksums: readonly string[]): Promise<number> {
	return conn.run((db) =>
		db.transaction('rw', db.submissions, async () => {
			const here = await db.submissions.bulkGet([...checksums]);
			await db.submissions.bulkDelete([...checksums]);
			return here.filter(Boolean).length;
		})
	);
}

/**
 * Merges a dashboard backup in one transaction: all of it or none. A file already here (the
 * same checksum) is left as it is, so a backup restored twice doubles nothing.
 */
export function restoreSubmissions(
	conn: Connection,
	rows: readonly Submission[]
): Promise<{ added: number; known: number }> {
	return conn.run((db) =>
		db.transaction('rw', db.submissions, async () => {
			const unique = [...new Map(rows.map((r) => [r.checksum, r])).values()];
			const here = await db.submissions.bulkGet(unique.map((r) => r.checksum));
			const fresh = unique.filter((_, i) => !here[i]);
			await db.submissions.bulkAdd(fresh);
			return { added: fresh.length, known: rows.length - fresh.length };
		})
	);
}
