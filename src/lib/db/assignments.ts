import type { Connection } from './connection';
import type { LecternDB } from './database';
import type { JoinedAssignment } from './entities';

/** Keeps the name a student gave for an assignment, in its own transaction; joining again renames. */
export function joinAssignment(conn: Connection, row: JoinedAssignment): Promise<void> {
	return conn.run(async (db) => {
		await db.transaction('rw', db.assignments, () => db.assignments.put(row));
	});
}

/** Notes that the student made a results file for a joined assignment, in its own transaction. */
export function markHandedIn(conn: Connection, code: string, at: number): Promise<void> {
	return conn.run(async (db) => {
		await db.transaction('rw', db.assignments, () =>
			db.assignments.update(code, { handedInAt: at })
		);
	});
}

/** Every assignment joined on this device, the latest first. */
export const joinedAssignmentsQuery = (db: LecternDB): Promise<JoinedAssignment[]> =>
	db.assignments.orderBy('joinedAt').reverse().toArray();

export const joinedAssignments = (conn: Connection) => conn.run(joinedAssignmentsQuery);

/** The assignment joined through this link's code, if any. */
export const joinedAssignment = (conn: Connection, code: string) =>
	conn.run((db) => db.assignments.get(code));
