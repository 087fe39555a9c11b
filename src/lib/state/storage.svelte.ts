import type { Connection, StorageStatus } from '$lib/db';
import type { ClosedSection } from '$lib/db/entities';
import type { Attempt } from '$lib/module/progress';

/** The database's own functions, as the lazily loaded `$lib/db` module exports them. */
export type Database = typeof import('$lib/db');

/**
 * The page's view of storage: its status, a wipe noticed, and the work this page could not
 * write. The database code is loaded on first use, after the page is interactive, so that
 * reading and answering never wait for it.
 */
class StorageState {
	#status = $state<StorageStatus | 'idle'>('idle');
	#wiped = $state(false);
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

	/** Called once the connection exists: its status becomes the page's. */
	follow(conn: Connection) {
		conn.onStatus((s) => {
			this.#status = s;
			this.#wiped = conn.wiped;
		});
	}
}

export const storage = new StorageState();

let opened: Promise<{ db: Database; conn: Connection }> | null = null;

/**
 * The database module and the page's one connection, loaded on first use. For the state
 * layer's own modules only: pages and components call their domain functions instead (ESLint
 * refuses this import there).
 */
export function withDatabase(): Promise<{ db: Database; conn: Connection }> {
	opened ??= import('$lib/db').then(
		(db) => {
			const conn = db.getConnection();
			storage.follow(conn);
			return { db, conn };
		},
		(e: unknown) => {
			// A download that failed on a flaky connection is tried again on the next use.
			opened = null;
			throw e;
		}
	);
	return opened;
}

/** True when this browser keeps what is written; false when it keeps nothing. */
export async function keeps(): Promise<boolean> {
	const { conn } = await withDatabase();
	return conn.keeps();
}

/** Whether answers should be held by the page instead: this browser has no usable storage. */
export async function keepsNothing(): Promise<boolean> {
	const { conn } = await withDatabase();
	return !(await conn.keeps()) && conn.status === 'unavailable';
}
