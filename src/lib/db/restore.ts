import type { Table } from 'dexie';
import type { Connection } from './connection';
import type { ClosedSection, JoinedAssignment, RestoreReport, StoredAttempt } from './entities';

// Apart from backup.ts: only the data panel restores, so a section page never downloads this.

/**
 * Merges a progress file into what is stored, in one transaction: every row is added unless a
 * row with its key is already here (that one is kept as it is), so restoring twice, or a file
 * older than the log, changes nothing. Either the whole file goes in or none of it.
 */
/** Rows read and written at a time: what a progress bar moves by. */
export const RESTORE_CHUNK = 5_000;

export function restoreProgress(
	conn: Connection,
	rows: {
		attempts: readonly StoredAttempt[];
		closedSections: readonly ClosedSection[];
		assignments: readonly JoinedAssignment[];
	},
	/** Told the rows gone through so far, of all the file's, after each chunk. */
	onProgress: (done: number, total: number) => void = () => {}
): Promise<RestoreReport> {
	const total = rows.attempts.length + rows.closedSections.length + rows.assignments.length;
	return conn.run((db) =>
		db.transaction('rw', [db.attempts, db.closedSections, db.assignments], async () => {
			const report = { added: 0, known: 0 };
			// Rows in the file twice count as known, as when added one by one.
			let done = 0;
			// Read and written in bulk: a row at a time took 54 s for 108,000 rows on a laptop.
			const addNew = async <T, K, I>(
				table: Table<T, K, I>,
				all: readonly (T & I)[],
				keyOf: (row: T & I) => K
			) => {
				// A key twice in the file: the first row counts, as when added one by one.
				const seen = new Set<string>();
				const unique = all.filter((r) => {
					const k = JSON.stringify(keyOf(r));
					return seen.has(k) ? false : (seen.add(k), true);
				});
				for (let at = 0; at < unique.length; at += RESTORE_CHUNK) {
					const chunk = unique.slice(at, at + RESTORE_CHUNK);
					const here = await table.bulkGet(chunk.map(keyOf));
					const fresh = chunk.filter((_, i) => !here[i]);
					await table.bulkAdd(fresh);
					report.added += fresh.length;
					done += chunk.length;
					onProgress(done, total);
				}
				done += all.length - unique.length;
			};
			await addNew(db.attempts, rows.attempts, (a) => a.id);
			await addNew(
				db.closedSections,
				rows.closedSections,
				(c) => [c.assignment, c.sectionId, c.round] as [string, string, number]
			);
			await addNew(db.assignments, rows.assignments, (j) => j.code);
			report.known = total - report.added;
			onProgress(total, total);
			return report;
		})
	);
}
