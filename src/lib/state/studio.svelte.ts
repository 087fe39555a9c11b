import type { StudioDraftRow } from '$lib/db/entities';
import * as studio from '$lib/db/studio';
import { LiveRead } from './live.svelte';
import { keepsNothing, withDatabase } from './storage.svelte';

/** The drafts on this device, the one edited last first, live (another tab may edit one). */
export const studioDrafts = () =>
	new LiveRead<StudioDraftRow[]>(
		() => undefined,
		() => studio.studioDraftsQuery,
		[]
	);

/**
 * Keeps a draft as it stands, in its own transaction: 'saved', or 'not-kept' where this browser
 * keeps nothing. A failed write throws a StorageError and leaves the last saved draft as it was.
 */
export async function saveDraft(row: StudioDraftRow): Promise<'saved' | 'not-kept'> {
	if (await keepsNothing()) return 'not-kept';
	const { conn } = await withDatabase();
	// A plain copy: Svelte's state proxies cannot be cloned into IndexedDB.
	await studio.saveStudioDraft(conn, $state.snapshot(row));
	return 'saved';
}

/** Deletes one draft, in its own transaction. */
export async function deleteDraft(id: string): Promise<void> {
	const { conn } = await withDatabase();
	await studio.deleteStudioDraft(conn, id);
}
