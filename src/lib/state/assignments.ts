import type { JoinedAssignment } from '$lib/db/entities';
import { inScope, type Attempt } from '$lib/module/progress';
import { keeps, storage, withDatabase } from './storage.svelte';

/** What was done under one assignment: saved, and held by this page where saving failed. */
export interface AssignmentWork {
	attempts: Attempt[];
	closed: { sectionId: string; round: number; at: number }[];
	/** False when nothing could be read: what was passed cannot be known. */
	readable: boolean;
}

/** The log merged with what this page holds of the same assignment where saving failed. */
export function withUnsaved(
	log: Pick<AssignmentWork, 'attempts' | 'closed'>,
	code: string,
	moduleId: string
): Pick<AssignmentWork, 'attempts' | 'closed'> {
	const unsaved = storage.unsaved.filter((a) => inScope(a, code) && a.moduleId === moduleId);
	const unsavedClosed = storage.unsavedClosed.filter((c) => c.assignment === code);
	return { attempts: [...log.attempts, ...unsaved], closed: [...log.closed, ...unsavedClosed] };
}

/** The assignment's work in its module, read once: what the log holds and this page holds. */
export async function assignmentWork(code: string, moduleId: string): Promise<AssignmentWork> {
	let log: Pick<AssignmentWork, 'attempts' | 'closed'> = { attempts: [], closed: [] };
	let readable = true;
	try {
		const { db, conn } = await withDatabase();
		if (await conn.keeps()) log = await db.assignmentLog(conn, code, moduleId);
	} catch {
		readable = false;
	}
	return { ...withUnsaved(log, code, moduleId), readable };
}

/** The assignment this device joined through a link's code, if any (and if it can tell). */
export async function joinedAssignment(code: string): Promise<JoinedAssignment | undefined> {
	try {
		const { db, conn } = await withDatabase();
		return (await conn.keeps()) ? await db.joinedAssignment(conn, code) : undefined;
	} catch {
		return undefined;
	}
}

/** Assignments joined on this device that include a section, the latest first. */
export async function assignmentsWith(
	moduleId: string,
	sectionId: string
): Promise<JoinedAssignment[]> {
	try {
		const { db, conn } = await withDatabase();
		if (!(await conn.keeps())) return [];
		return (await db.joinedAssignments(conn)).filter(
			(j) => j.assignment.module === moduleId && j.assignment.sections.includes(sectionId)
		);
	} catch {
		return [];
	}
}

/** A new student id: random, so that it says nothing about the student. */
export function newStudentId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(12));
	return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Notes that a results file was made for the assignment; nothing where this browser keeps nothing. */
export async function recordHandIn(code: string, at: number): Promise<void> {
	if (!(await keeps())) return;
	const { db, conn } = await withDatabase();
	await db.markHandedIn(conn, code, at);
}

/**
 * Keeps the name a student gave for an assignment: 'saved', or 'not-kept' where this browser
 * keeps nothing. A failed write throws a StorageError.
 */
export async function joinAssignment(row: JoinedAssignment): Promise<'saved' | 'not-kept'> {
	if (!(await keeps())) return 'not-kept';
	const { db, conn } = await withDatabase();
	await db.joinAssignment(conn, row);
	return 'saved';
}
