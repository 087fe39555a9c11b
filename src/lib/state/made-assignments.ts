import type { MadeAssignment } from '$lib/db/entities';
import * as made from '$lib/db/made';
import { LiveRead } from './live.svelte';
import { keepsNothing, withDatabase } from './storage.svelte';

/** The assignments made on this device, the latest first, live (another tab may make one). */
export const madeAssignments = () =>
	new LiveRead<MadeAssignment[]>(
		() => undefined,
		() => made.madeAssignmentsQuery,
		[]
	);

/**
 * Keeps an assignment just made on the teacher's list: 'saved', or 'not-kept' where this browser
 * keeps nothing. A failed write throws a StorageError; the link works either way.
 */
export async function keepMadeAssignment(row: MadeAssignment): Promise<'saved' | 'not-kept'> {
	// Only a browser with no storage at all keeps nothing; a full disk or a newer tab is a failure.
	if (await keepsNothing()) return 'not-kept';
	const { conn } = await withDatabase();
	await made.keepMadeAssignment(conn, row);
	return 'saved';
}

/** Takes an assignment off the list, in its own transaction; its link goes on working. */
export async function forgetMadeAssignment(code: string): Promise<void> {
	const { conn } = await withDatabase();
	await made.forgetMadeAssignment(conn, code);
}
