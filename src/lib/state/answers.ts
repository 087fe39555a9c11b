import type { ClosedSection } from '$lib/db/entities';
import type { Attempt } from '$lib/module/progress';
import { follow } from './live.svelte';
import { keepsNothing, storage, withDatabase } from './storage.svelte';

/** A checked answer as the quiz learns of its saving: stored (with its id) or only held here. */
export interface SavedAnswer {
	attempt: Attempt;
	/** False when this browser keeps nothing: the answer lives as long as the page. */
	kept: boolean;
}

/**
 * Writes one checked answer in its own transaction, resolving once it is committed. Where the
 * browser keeps nothing the page holds it (it goes into the download); a failed write is held
 * too, and the failure is thrown as a StorageError for the quiz to say.
 */
export async function saveAnswer(attempt: Attempt): Promise<SavedAnswer> {
	if (await keepsNothing()) {
		storage.keepUnsaved(attempt);
		return { attempt, kept: false };
	}
	const { db, conn } = await withDatabase();
	const start = performance.now();
	const stored = await db.recordAttempt(conn, attempt).catch((e: unknown) => {
		storage.keepUnsaved(attempt);
		throw e;
	});
	// The bench reads this measure: one attempt's own transaction, committed.
	performance.measure('lectern:save-attempt', { start, end: performance.now() });
	return { attempt: stored, kept: true };
}

/** Hands a deferred section in; a browser that keeps nothing hands it in for this page only. */
export async function handInSection(row: ClosedSection): Promise<void> {
	if (await keepsNothing()) return storage.keepUnsavedClose(row);
	const { db, conn } = await withDatabase();
	await db.closeSection(conn, row);
}

/** Deletes the student's own work in a module (the student has confirmed); returns how many. */
export async function resetModule(moduleId: string): Promise<number> {
	const { db, conn } = await withDatabase();
	return db.resetModule(conn, moduleId);
}

/**
 * Follows a section's log (the student's own, or one assignment's): `next` hears it now and
 * whenever it changes, in this tab or another; `none` is called instead when there is no
 * usable log. Returns the unsubscribe.
 */
export function followSection(
	where: { moduleId: string; sectionId: string; assignment: string | null },
	next: (log: { attempts: Attempt[]; closed: number[] }) => void,
	none: () => void
): () => void {
	return follow(
		(db) => db.sectionLogQuery(where.moduleId, where.sectionId, where.assignment),
		next,
		none,
		none
	);
}
