import type { ProgressStore, StorageStatus } from '$lib/db';
import type { ClosedSection } from '$lib/db/database';
import type { Attempt } from '$lib/module/progress';

/**
 * The page's view of storage. The database code is loaded on first use, after the page is
 * interactive, so that reading and answering never wait for it.
 */
class StorageState {
	#status = $state<StorageStatus | 'idle'>('idle');
	#wiped = $state(false);
	#store: Promise<ProgressStore> | null = null;
	#unsaved = $state.raw<Attempt[]>([]);
	#unsavedClosed = $state.raw<ClosedSection[]>([]);

	get status() {
		return this.#status;
	}

	/** The site's data was cleared since the last visit: a restore is offered. */
	get wiped() {
		return this.#wiped;
	}

	/** A restore brought the student's work back: the wipe is dealt with. */
	restored() {
		this.#wiped = false;
	}

	/** Checked answers this page could not write; they go into the download. */
	get unsaved(): readonly Attempt[] {
		return this.#unsaved;
	}

	keepUnsaved(attempt: Attempt) {
		this.#unsaved = [...this.#unsaved, attempt];
	}

	/** Sections handed in while this browser keeps nothing: they count for as long as the page lives. */
	get unsavedClosed(): readonly ClosedSection[] {
		return this.#unsavedClosed;
	}

	keepUnsavedClose(row: ClosedSection) {
		this.#unsavedClosed = [...this.#unsavedClosed, row];
	}

	load(): Promise<ProgressStore> {
		this.#store ??= import('$lib/db').then(
			({ getStore }) => {
				const store = getStore();
				store.onStatus((s) => {
					this.#status = s;
					this.#wiped = store.wiped;
				});
				return store;
			},
			(e: unknown) => {
				// A download that failed on a flaky connection is tried again on the next use.
				this.#store = null;
				throw e;
			}
		);
		return this.#store;
	}
}

export const storage = new StorageState();
