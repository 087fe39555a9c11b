import Dexie, { liveQuery, type Table } from 'dexie';
import type { Attempt } from '$lib/module/progress';
import {
	LecternDB,
	SCHEMA_VERSION,
	type ClosedSection,
	type JoinedAssignment,
	type StoredAttempt,
	type Submission
} from './database';
import { StorageError, classify, isUpgradeFailure, type StorageProblem } from './errors';
import type { ReviewCard } from '$lib/review/schedule';

export type StorageStatus = 'opening' | 'ready' | StorageProblem;

/** A file of everything a student has done, to keep or to restore (see progress-file.ts). */
export interface ProgressExport {
	format: 'lectern-progress';
	version: 2;
	exportedAt: string;
	attempts: StoredAttempt[];
	closedSections: ClosedSection[];
	assignments: JoinedAssignment[];
}

/** What a restore did: rows added, and rows that were already here (kept as they were). */
export interface RestoreReport {
	added: number;
	known: number;
}

// A sentinel outside IndexedDB: when the database is found new while this says one existed,
// the site's data was cleared, and the student is offered a restore instead of a blank slate.
export const SENTINEL = 'lectern:database-created';
function remembered(): string | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage.getItem(SENTINEL);
	} catch {
		return null;
	}
}
function remember(created: number | undefined) {
	try {
		if (created !== undefined && typeof localStorage !== 'undefined')
			localStorage.setItem(SENTINEL, String(created));
	} catch {
		// No localStorage: a cleared database cannot be told from a first visit.
	}
}

/** The schema version of the database on disk (Dexie stores version N as N * 10), 0 if none. */
async function installedVersion(db: LecternDB): Promise<number> {
	const factory = db.factory.indexedDB;
	if (!factory || typeof factory.databases !== 'function') return 0;
	const found = (await factory.databases()).find((d) => d.name === db.name);
	return Math.floor((found?.version ?? 0) / 10);
}

const newId = () =>
	typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * The only functions that touch the tables. Every write is its own transaction and resolves
 * only once IndexedDB has committed it.
 */
export class ProgressStore {
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

	/** A failed write as a StorageError; a stale or closed database also changes the status. */
	#failed(e: unknown): StorageError {
		const problem = classify(e);
		if (problem === 'stale' || problem === 'closed') this.#set(problem);
		return new StorageError(problem, e);
	}

	/** Runs one write, turning its failure into a StorageError. */
	async #guard<T>(write: () => Promise<T>): Promise<T> {
		try {
			return await write();
		} catch (e) {
			throw this.#failed(e);
		}
	}

	/** True when answers will be kept; false when this browser keeps nothing. */
	async keeps(): Promise<boolean> {
		await this.#ready;
		return this.#status === 'ready';
	}

	/**
	 * Appends one checked answer to the log, in its own transaction. An answer for a section
	 * already handed in (another tab did it meanwhile) is refused: its answers are settled.
	 */
	async recordAttempt(attempt: Attempt): Promise<StoredAttempt> {
		const db = await this.#usable();
		const row: StoredAttempt = { ...attempt, id: attempt.id ?? newId() };
		await this.#guard(() =>
			db.transaction('rw', db.attempts, db.closedSections, async () => {
				if (row.assignment) {
					const key: [string, string, number] = [row.assignment, row.sectionId, row.round ?? 1];
					if (await db.closedSections.get(key)) throw new StorageError('handed-in');
				}
				await db.attempts.add(row);
			})
		);
		return row;
	}

	/** Records that a section was handed in (deferred mode), in its own transaction. */
	async closeSection(row: ClosedSection): Promise<void> {
		const db = await this.#usable();
		await this.#guard(() =>
			db.transaction('rw', db.closedSections, () => db.closedSections.put(row))
		);
	}

	/** Everything done under one assignment in its module: attempts, and sections handed in. */
	async assignmentLog(
		code: string,
		moduleId: string
	): Promise<{ attempts: StoredAttempt[]; closed: ClosedSection[] }> {
		const db = await this.#usable();
		return db.transaction('r', db.attempts, db.closedSections, async () => ({
			attempts: (await db.attempts.where('moduleId').equals(moduleId).sortBy('at')).filter(
				(a) => a.assignment === code
			),
			closed: await db.closedSections.where('assignment').equals(code).toArray()
		}));
	}

	/**
	 * Every review card, after adding, in one transaction, cards for finished questions that have
	 * none yet (made by `make` from the log as it is inside that transaction).
	 */
	async reviewCards(make: (log: StoredAttempt[], known: Set<string>) => ReviewCard[]) {
		const db = await this.#usable();
		return this.#guard(() =>
			db.transaction('rw', db.attempts, db.reviews, async () => {
				const cards = await db.reviews.toArray();
				const known = new Set(cards.map((c) => `${c.moduleId}/${c.questionId}`));
				const added = make(await db.attempts.toArray(), known);
				if (added.length) await db.reviews.bulkAdd(added);
				return [...cards, ...added];
			})
		);
	}

	/** Keeps a card as one review left it, in its own transaction. */
	async saveReview(card: ReviewCard): Promise<void> {
		const db = await this.#usable();
		await this.#guard(() => db.transaction('rw', db.reviews, () => db.reviews.put(card)));
	}

	/** Keeps the name a student gave for an assignment; joining again renames. */
	async joinAssignment(row: JoinedAssignment): Promise<void> {
		const db = await this.#usable();
		await this.#guard(() => db.transaction('rw', db.assignments, () => db.assignments.put(row)));
	}

	/** Every assignment joined on this device, the latest first. */
	async joinedAssignments(): Promise<JoinedAssignment[]> {
		const db = await this.#usable();
		return db.assignments.orderBy('joinedAt').reverse().toArray();
	}

	/** The assignment joined through this link's code, if any. */
	async joinedAssignment(code: string): Promise<JoinedAssignment | undefined> {
		const db = await this.#usable();
		return db.assignments.get(code);
	}

	/**
	 * Keeps one imported results file, in its own transaction: a file either goes in whole or
	 * not at all. The same file imported twice is kept once.
	 */
	async importSubmission(row: Submission): Promise<'added' | 'known'> {
		const db = await this.#usable();
		return this.#guard(() =>
			db.transaction('rw', db.submissions, async () => {
				if (await db.submissions.get(row.checksum)) return 'known' as const;
				await db.submissions.add(row);
				return 'added' as const;
			})
		);
	}

	async submissions(): Promise<Submission[]> {
		const db = await this.#usable();
		return db.submissions.orderBy('importedAt').toArray();
	}

	/** Deletes every imported file of one assignment: one class's results, as the dashboard groups them. */
	async removeAssignment(code: string): Promise<number> {
		const db = await this.#usable();
		return this.#guard(() =>
			db.transaction('rw', db.submissions, () =>
				db.submissions.where('assignmentCode').equals(code).delete()
			)
		);
	}

	/** Every attempt for a module, or for one of its sections. */
	async attempts(moduleId: string, sectionId?: string): Promise<StoredAttempt[]> {
		const db = await this.#usable();
		const rows = sectionId
			? await db.attempts.where('[moduleId+sectionId]').equals([moduleId, sectionId]).toArray()
			: await db.attempts.where('moduleId').equals(moduleId).toArray();
		return rows.sort((a, b) => a.at - b.at);
	}

	/**
	 * Calls `listener` with a section's attempts (of the student's own work, or of one
	 * assignment) and the rounds handed in, now and whenever they change, in this tab or
	 * another; returns the unsubscribe. Failures go to `onError`.
	 */
	watchSection(
		moduleId: string,
		sectionId: string,
		assignment: string | null,
		listener: (log: { attempts: StoredAttempt[]; closed: number[] }) => void,
		onError: (e: unknown) => void
	): () => void {
		let stopped = false;
		let unsubscribe = () => {};
		this.#usable().then((db) => {
			if (stopped) return;
			// The query must touch only Dexie, so that liveQuery sees what it reads.
			const query = liveQuery(async () => {
				const rows = await db.attempts
					.where('[moduleId+sectionId]')
					.equals([moduleId, sectionId])
					.sortBy('at');
				const attempts = rows.filter((a) => (a.assignment ?? null) === assignment);
				if (assignment === null) return { attempts, closed: [] };
				const closed = await db.closedSections.where('assignment').equals(assignment).toArray();
				return {
					attempts,
					closed: closed.filter((c) => c.sectionId === sectionId).map((c) => c.round)
				};
			});
			const subscription = query.subscribe({ next: listener, error: onError });
			unsubscribe = () => subscription.unsubscribe();
		}, onError);
		return () => {
			stopped = true;
			unsubscribe();
		};
	}

	/**
	 * Reads the log when this store may no longer write (another tab upgraded the schema, or
	 * the data is newer than this code): a fresh connection at whatever version is on disk.
	 */
	async #readAnyway(): Promise<StoredAttempt[]> {
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

	async allAttempts(): Promise<StoredAttempt[]> {
		const db = await this.#usable();
		return db.attempts.orderBy('at').toArray();
	}

	/**
	 * Deletes the student's own work in a module; the student has confirmed it. Work done for an
	 * assignment stays: it may still have to be handed in.
	 */
	async resetModule(moduleId: string): Promise<number> {
		const db = await this.#usable();
		return this.#guard(() =>
			db.transaction('rw', db.attempts, () =>
				db.attempts
					.where('moduleId')
					.equals(moduleId)
					.filter((a) => !a.assignment)
					.delete()
			)
		);
	}

	/**
	 * Everything stored, plus the answers this page could not save, so that a full disk or a
	 * browser that keeps nothing still lets the student take their work away.
	 */
	async exportProgress(
		unsaved: readonly Attempt[] = [],
		now = new Date()
	): Promise<ProgressExport> {
		const stored = await this.allAttempts().catch(() => this.#readAnyway());
		const ids = new Set(stored.map((a) => a.id));
		const extra = unsaved
			.map((a) => ({ ...a, id: a.id ?? `unsaved-${a.at}-${a.questionId}` }))
			.filter((a) => !ids.has(a.id));
		const db = this.#status === 'ready' ? this.#db : null;
		const [closedSections, assignments] = db
			? await Promise.all([db.closedSections.toArray(), db.assignments.toArray()]).catch(
					() => [[], []] as [ClosedSection[], JoinedAssignment[]]
				)
			: [[], []];
		return {
			format: 'lectern-progress',
			version: 2,
			exportedAt: now.toISOString(),
			attempts: [...stored, ...extra].sort((a, b) => a.at - b.at),
			closedSections,
			assignments
		};
	}

	/** Notes that the student downloaded their progress, to show when they last did. */
	async markExported(at: number): Promise<void> {
		const db = await this.#usable();
		await this.#guard(() =>
			db.transaction('rw', db.meta, () => db.meta.put({ key: 'exported', value: at }))
		);
	}

	/** When the progress was last downloaded, if ever. */
	async lastExport(): Promise<number | null> {
		const db = await this.#usable();
		return (await db.meta.get('exported'))?.value ?? null;
	}

	/**
	 * Merges a progress file into what is stored, in one transaction: every row is added unless
	 * a row with its key is already here (that one is kept as it is), so restoring twice, or a
	 * file older than the log, changes nothing. Either the whole file goes in or none of it.
	 */
	async restoreProgress(rows: {
		attempts: readonly StoredAttempt[];
		closedSections: readonly ClosedSection[];
		assignments: readonly JoinedAssignment[];
	}): Promise<RestoreReport> {
		const db = await this.#usable();
		return this.#guard(() =>
			db.transaction('rw', [db.attempts, db.closedSections, db.assignments], async () => {
				const report = { added: 0, known: 0 };
				const addNew = async <T, K>(table: Table<T, K>, row: T, key: K) => {
					if (await table.get(key)) report.known++;
					else {
						await table.add(row);
						report.added++;
					}
				};
				for (const a of rows.attempts) await addNew(db.attempts, a, a.id);
				for (const c of rows.closedSections)
					await addNew(db.closedSections, c, [c.assignment, c.sectionId, c.round] as [
						string,
						string,
						number
					]);
				for (const j of rows.assignments) await addNew(db.assignments, j, j.code);
				return report;
			})
		);
	}
}

/** A store over IndexedDB when the browser has it, otherwise one that keeps nothing. */
export function createStore(
	options: { name?: string; indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}
): ProgressStore {
	const factory = options.indexedDB ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
	if (!factory) return new ProgressStore(null);
	const keyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
	return new ProgressStore(
		new LecternDB(options.name, { indexedDB: factory, IDBKeyRange: keyRange })
	);
}
