import type { ProgressStore, StorageStatus } from '$lib/db';

/**
 * The page's view of storage. The database code is loaded on first use, after the page is
 * interactive, so that reading and answering never wait for it.
 */
class StorageState {
	#status = $state<StorageStatus | 'idle'>('idle');
	#store: Promise<ProgressStore> | null = null;

	get status() {
		return this.#status;
	}

	load(): Promise<ProgressStore> {
		this.#store ??= import('$lib/db').then(({ getStore }) => {
			const store = getStore();
			store.onStatus((s) => (this.#status = s));
			return store;
		});
		return this.#store;
	}
}

export const storage = new StorageState();
