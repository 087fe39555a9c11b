import { createStore, type ProgressStore } from './store';

let store: ProgressStore | undefined;

/** The one store of the page, opened on first use (never during prerender). */
export function getStore(): ProgressStore {
	store ??= createStore();
	return store;
}

export type { ProgressStore, StorageStatus, ProgressExport } from './store';
export { StorageError } from './errors';
