import type { Connection } from './connection';
import type { LecternDB } from './database';
import type { StudioDraftRow } from './entities';

/** Keeps a studio draft as it now stands, in its own transaction: the whole draft or nothing. */
export function saveStudioDraft(conn: Connection, row: StudioDraftRow): Promise<void> {
	return conn.run(async (db) => {
		await db.transaction('rw', db.studio, () => db.studio.put(row));
	});
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
