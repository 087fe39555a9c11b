import type { Connection } from './connection';
import type { LecternDB } from './database';
import type { StudioDraftRow } from './entities';

/**
 * Keeps a studio draft as it now stands, in its own transaction: the whole draft or nothing.
 * `basedOn` is the `updatedAt` of the stored draft this one was edited from (null for a new
 * one): where another tab saved the draft since, nothing is written and 'changed-elsewhere'
 * says so, so that one tab's edits never overwrite another's unseen.
 */
export function saveStudioDraft(
	conn: Connection,
	row: StudioDraftRow,
	basedOn: number | null
): Promise<'saved' | 'changed-elsewhere'> {
	return conn.run((db) =>
		db.transaction('rw', db.studio, async () => {
			const stored = await db.studio.get(row.id);
			if ((stored?.updatedAt ?? null) !== basedOn) return 'changed-elsewhere' as const;
			await db.studio.put(row);
			return 'saved' as const;
		})
	);
}

/** Deletes one draft; the others stay. */
export function deleteStudioDraft(conn: Connection, id: string): Promise<void> {
	return conn.run(async (db) => {
		await db.transaction('rw', db.studio, () => db.studio.delete(id));
	});
}

/** Every draft on this device, the one edited last first. */
export const studioDraftsQuery = (db: LecternDB): Promise<StudioDraftRow[]> =>
	db.studio.orderBy('updatedAt').reverse().toArray();

export const studioDrafts = (conn: Connection) => conn.run(studioDraftsQuery);
