import type { Table } from 'dexie';
import type { Connection } from './connection';
import type { ClosedSection, JoinedAssignment, RestoreReport, StoredAttempt } from './entities';

// Apart from backup.ts: only the data panel restores, so a section page never downloads this.

/**
 * Merges a progress file into what is stored, in one transaction: every row is added unless a
 * row with its key is already here (that one is kept as it is), so restoring twice, or a file
 * older than the log, changes nothing. Either the whole file goes in or none of it.
 */
export function restoreProgress(
	conn: Connection,
	rows: {
		attempts: readonly StoredAttempt[];
		closedSections: readonly ClosedSection[];
		assignments: readonly JoinedAssignment[];
	}
): Promise<RestoreReport> {
	return conn.run((db) =>
		db.transaction('rw', [db.attempts, db.closedSections, db.assignments], async () => {
			const report = { added: 0, known: 0 };
			const addNew = async <T, K>(table: Table<T, K>, row: T, key: K) => {
				if (await table.get(key)) report.known++;
				else {
					await table.add(row);
					report.added++;
				}
			};
			for (const a of rows.attempts) await addNew(db.attempts, a, a.id);
			for (const c of rows.closedSections)
				await addNew(db.closedSections, c, [c.assignment, c.sectionId, c.round] as [
					string,
					string,
					number
				]);
			for (const j of rows.assignments) await addNew(db.assignments, j, j.code);
			return report;
		})
	);
}
