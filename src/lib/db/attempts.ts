import type { Attempt } from '$lib/module/progress';
import type { Connection } from './connection';
import type { LecternDB } from './database';
import type { ClosedSection, StoredAttempt } from './entities';
import { StorageError } from './errors';

const newId = () =>
	typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * Appends one checked answer to the log, in its own transaction; resolves once it is committed.
 * An answer for a section already handed in (another tab did it meanwhile) is refused: its
 * answers are settled.
 */
export function recordAttempt(conn: Connection, attempt: Attempt): Promise<StoredAttempt> {
	const row: StoredAttempt = { ...attempt, id: attempt.id ?? newId() };
	return conn.run(async (db) => {
		await db.transaction('rw', db.attempts, db.closedSections, async () => {
			if (row.assignment) {
				const key: [string, string, number] = [row.assignment, row.sectionId, row.round ?? 1];
				if (await db.closedSections.get(key)) throw new StorageError('handed-in');
			}
			await db.attempts.add(row);
		});
		return row;
	});
}

/** Records that a section was handed in (deferred mode), in its own transaction. */
export function closeSection(conn: Connection, row: ClosedSection): Promise<void> {
	return conn.run(async (db) => {
		await db.transaction('rw', db.closedSections, () => db.closedSections.put(row));
	});
}

/** What one assignment's work in a module reads: its attempts, and the sections handed in. */
export interface AssignmentLog {
	attempts: StoredAttempt[];
	closed: ClosedSection[];
}

/** Everything done under one assignment in its module: attempts, and sections handed in. */
export const assignmentLogQuery =
	(code: string, moduleId: string) =>
	(db: LecternDB): Promise<AssignmentLog> =>
		db.transaction('r', db.attempts, db.closedSections, async () => ({
			attempts: (await db.attempts.where('moduleId').equals(moduleId).sortBy('at')).filter(
				(a) => a.assignment === code
			),
			closed: await db.closedSections.where('assignment').equals(code).toArray()
		}));

export const assignmentLog = (conn: Connection, code: string, moduleId: string) =>
	conn.run(assignmentLogQuery(code, moduleId));

/** Every attempt for a module, or for one of its sections, oldest first. */
export const moduleAttemptsQuery =
	(moduleId: string, sectionId?: string) =>
	async (db: LecternDB): Promise<StoredAttempt[]> => {
		const rows = sectionId
			? await db.attempts.where('[moduleId+sectionId]').equals([moduleId, sectionId]).toArray()
			: await db.attempts.where('moduleId').equals(moduleId).toArray();
		return rows.sort((a, b) => a.at - b.at);
	};

export const moduleAttempts = (conn: Connection, moduleId: string, sectionId?: string) =>
	conn.run(moduleAttemptsQuery(moduleId, sectionId));

/** Every attempt in every module, oldest first. */
export const allAttemptsQuery = (db: LecternDB): Promise<StoredAttempt[]> =>
	db.attempts.orderBy('at').toArray();

export const allAttempts = (conn: Connection) => conn.run(allAttemptsQuery);

/** A section's attempts (the student's own, or one assignment's) and the rounds handed in. */
export interface SectionLog {
	attempts: StoredAttempt[];
	closed: number[];
}

export const sectionLogQuery =
	(moduleId: string, sectionId: string, assignment: string | null) =>
	async (db: LecternDB): Promise<SectionLog> => {
		const rows = await db.attempts
			.where('[moduleId+sectionId]')
			.equals([moduleId, sectionId])
			.sortBy('at');
		const attempts = rows.filter((a) => (a.assignment ?? null) === assignment);
		if (assignment === null) return { attempts, closed: [] };
		const closed = await db.closedSections.where('assignment').equals(assignment).toArray();
		return {
			attempts,
			closed: closed.filter((c) => c.sectionId === sectionId).map((c) => c.round)
		};
	};

/**
 * Calls `listener` with a section's log now and whenever it changes, in this tab or another;
 * returns the unsubscribe. Failures go to `onError`.
 */
export function watchSection(
	conn: Connection,
	moduleId: string,
	sectionId: string,
	assignment: string | null,
	listener: (log: SectionLog) => void,
	onError: (e: unknown) => void
): () => void {
	return conn.watch(sectionLogQuery(moduleId, sectionId, assignment), listener, onError);
}

/**
 * Deletes the student's own work in a module; the student has confirmed it. Work done for an
 * assignment stays: it may still have to be handed in.
 */
export function resetModule(conn: Connection, moduleId: string): Promise<number> {
	return conn.run((db) =>
		db.transaction('rw', db.attempts, () =>
			db.attempts
				.where('moduleId')
				.equals(moduleId)
				.filter((a) => !a.assignment)
				.delete()
		)
	);
}
