import type { Connection } from './connection';
import type { LecternDB } from './database';
import type { MadeAssignment } from './entities';

/** Keeps an assignment a teacher made, in its own transaction; the same link made again moves up. */
export function keepMadeAssignment(conn: Connection, row: MadeAssignment): Promise<void> {
	return conn.run(async (db) => {
		await db.transaction('rw', db.made, () => db.made.put(row));
	});
}

/** Takes one assignment off the teacher's list; its link goes on working. */
export function forgetMadeAssignment(conn: Connection, code: string): Promise<void> {
	return conn.run(async (db) => {
		await db.transaction('rw', db.made, () => db.made.delete(code));
	});
}

/** Every assignment made on this device, the latest first. */
export const madeAssignmentsQuery = (db: LecternDB): Promise<MadeAssignment[]> =>
	db.made.orderBy('madeAt').reverse().toArray();

export const madeAssignments = (conn: Connection) => conn.run(madeAssignmentsQuery);
