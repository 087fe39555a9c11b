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
 * Keeps a draft as it stands, in its own transaction: 'saved'; 'not-kept' where this browser
 * keeps nothing; 'changed-elsewhere' where another tab saved it since `basedOn` (its
 * `updatedAt` then; null for a new draft), and nothing is written. A failed write throws a
 * StorageError and leaves the last saved draft as it was.
 */
export async function saveDraft(
	row: StudioDraftRow,
	basedOn: number | null
): Promise<'saved' | 'not-kept' | 'changed-elsewhere'> {
	if (await keepsNothing()) return 'not-kept';
	const { conn } = await withDatabase();
	// A plain copy: Svelte's state proxies cannot be cloned into IndexedDB.
	return studio.saveStudioDraft(conn, $state.snapshot(row), basedOn);
}

/** Deletes one draft, in its own transaction. */
export async function deleteDraft(id: string): Promise<void> {
	const { conn } = await withDatabase();
	await studio.deleteStudioDraft(conn, id);
}

/** Why a module of this site could not be opened in the studio. */
export type OpenRefusal = 'offline' | 'broken';

/**
 * Fetches a module of this site as its files (article.md, module.yaml's data), to start a
 * draft of it. Cached by the service worker, so it works offline after one visit.
 */
export async function fetchSiteModule(
	url: string
): Promise<{ article: string; data: Record<string, unknown> } | { refused: OpenRefusal }> {
	let body: unknown;
	try {
		const response = await fetch(url);
		if (!response.ok) return { refused: 'broken' };
		body = await response.json();
	} catch {
		return { refused: 'offline' };
	}
	const { article, data } = (body ?? {}) as { article?: unknown; data?: unknown };
	if (typeof article !== 'string' || !data || typeof data !== 'object' || Array.isArray(data))
		return { refused: 'broken' };
	return { article, data: data as Record<string, unknown> };
}
