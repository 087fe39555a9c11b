import Dexie, { liveQuery } from 'dexie';
import { LecternDB, SCHEMA_VERSION } from './database';
import type { StoredAttempt } from './entities';
import { StorageError, classify, isUpgradeFailure, type StorageProblem } from './errors';
import { remember, remembered } from './sentinel';

export type StorageStatus = 'opening' | 'ready' | StorageProblem;

/** The schema version of the database on disk (Dexie stores version N as N * 10), 0 if none. */
async function installedVersion(db: LecternDB): Promise<number> {
	const factory = db.factory.indexedDB;
	if (!factory || typeof factory.databases !== 'function') return 0;
	const found = (await factory.databases()).find((d) => d.name === db.name);
	return Math.floor((found?.version ?? 0) / 10);
}

/**
 * The one connection to the database: opening it, checking its version, following its status
 * (another tab's upgrade, a wipe), and the one guard every read and write goes through. The
 * domain modules (attempts, assignments, submissions, reviews, backup) hold the queries.
 */
export class Connection {
	#db: LecternDB | null;
	#status: StorageStatus = 'opening';
	#ready: Promise<void>;
	#listeners = new Set<(s: StorageStatus) => void>();
	#wiped = false;

	constructor(db: LecternDB | null) {
		this.#db = db;
		this.#ready = this.#open();
	}

	get status(): StorageStatus {
		return this.#status;
	}

	/**
	 * True when this browser held Lectern data before and the database is now new and empty:
	 * IndexedDB was cleared since last time while localStorage was not. Clearing that takes both
	 * (Safari's 7-day rule, "clear site data") looks like a first visit.
	 */
	get wiped(): boolean {
		return this.#wiped;
	}

	/** Calls `listener` now and on every change of status; returns the unsubscribe. */
	onStatus(listener: (s: StorageStatus) => void): () => void {
		this.#listeners.add(listener);
		listener(this.#status);
		return () => this.#listeners.delete(listener);
	}

	#set(status: StorageStatus) {
		if (this.#status === status) return;
		this.#status = status;
		for (const l of this.#listeners) l(status);
	}

	async #open() {
		const db = this.#db;
		if (!db) return this.#set('unavailable');
		db.on('versionchange', () => {
			// A newer tab upgraded the schema: this code must not write rows of the old shape.
			// 'stale' first, so the close that follows is not taken for a wipe.
			this.#set('stale');
			db.close();
			return false;
		});
		db.on('blocked', () => {
			// An old tab holds the previous version open; the upgrade waits until it closes.
			this.#set('blocked');
		});
		db.on('close', () => {
			if (this.#status === 'ready') this.#set('closed');
		});
		let installed = 0;
		try {
			// Dexie would open a newer database as it is, and even add the tables this code knows
			// and a later version dropped: look at its version before Dexie touches it.
			installed = await installedVersion(db);
			if (installed > SCHEMA_VERSION) return this.#set('newer');
			await db.open();
			const schema = await db.meta.get('schema');
			// Where databases() is missing, the version Dexie actually opened still tells.
			const opened = Math.floor(db.backendDB().version / 10);
			if (opened > SCHEMA_VERSION || (schema && schema.value > SCHEMA_VERSION)) {
				db.close();
				return this.#set('newer');
			}
			const created = await db.meta.get('created');
			this.#wiped = !created && remembered() !== null;
			if (!schema || schema.value < SCHEMA_VERSION || !created) {
				await db.transaction('rw', db.meta, async () => {
					await db.meta.put({ key: 'schema', value: SCHEMA_VERSION });
					if (!(await db.meta.get('created')))
						await db.meta.put({ key: 'created', value: Date.now() });
				});
			}
			remember((await db.meta.get('created'))?.value);
			this.#set('ready');
		} catch (e) {
			const problem = classify(e);
			// A failed upgrade leaves the data as it was; it is not a browser that keeps nothing.
			const upgrading = (installed > 0 && installed < db.verno) || isUpgradeFailure(e);
			this.#set(problem === 'quota' ? 'quota' : upgrading ? 'failed' : 'unavailable');
		}
	}

	/** Waits for the database; throws a StorageError when it cannot be used. */
	async #usable(): Promise<LecternDB> {
		await this.#ready;
		if (this.#status !== 'ready' || !this.#db)
			throw new StorageError(
				this.#status === 'opening' ? 'failed' : (this.#status as StorageProblem)
			);
		return this.#db;
	}

	/** A failure as a StorageError; a stale or closed database also changes the status. */
	#failed(e: unknown): StorageError {
		const problem = classify(e);
		if (problem === 'stale' || problem === 'closed') this.#set(problem);
		return new StorageError(problem, e);
	}

	/** True when answers will be kept; false when this browser keeps nothing. */
	async keeps(): Promise<boolean> {
		await this.#ready;
		return this.#status === 'ready';
	}

	/**
	 * The one guard: runs a read or a write once the database is usable, and turns any failure
	 * into a StorageError. A write opens its own transaction inside `job`.
	 */
	async run<T>(job: (db: LecternDB) => Promise<T>): Promise<T> {
		const db = await this.#usable();
		try {
			return await job(db);
		} catch (e) {
			throw this.#failed(e);
		}
	}

	/**
	 * Calls `next` with what `query` reads, now and whenever it changes, in this tab or another;
	 * returns the unsubscribe. `query` must touch only Dexie, so that liveQuery sees what it
	 * reads. Failures go to `onError` as StorageErrors.
	 */
	watch<T>(
		query: (db: LecternDB) => Promise<T>,
		next: (value: T) => void,
		onError: (e: StorageError) => void
	): () => void {
		let stopped = false;
		let unsubscribe = () => {};
		const fail = (e: unknown) => onError(this.#failed(e));
		this.#usable().then((db) => {
			if (stopped) return;
			const subscription = liveQuery(() => query(db)).subscribe({ next, error: fail });
			unsubscribe = () => subscription.unsubscribe();
		}, fail);
		return () => {
			stopped = true;
			unsubscribe();
		};
	}

	/** The database when it is open and current, for reads that may do without it. */
	get openDb(): LecternDB | null {
		return this.#status === 'ready' ? this.#db : null;
	}

	/**
	 * Reads the log when this connection may no longer write (another tab upgraded the schema,
	 * or the data is newer than this code): a fresh connection at whatever version is on disk.
	 */
	async readAnyway(): Promise<StoredAttempt[]> {
		if (!this.#db) return [];
		const reader = new Dexie(this.#db.name, this.#db.factory);
		try {
			await reader.open();
			if (!reader.tables.some((t) => t.name === 'attempts')) return [];
			return (await reader.table('attempts').toArray()) as StoredAttempt[];
		} catch {
			return [];
		} finally {
			reader.close();
		}
	}
}

/** A connection over IndexedDB when the browser has it, otherwise one that keeps nothing. */
export function connect(
	options: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}
): Connection {
	const factory = options.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
	if (!factory) return new Connection(null);
	const keyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
	return new Connection(new LecternDB(options.name, { indexedDB: factory, IDBKeyRange: keyRange }));
}
