import type { LecternDB } from '$lib/db/database';
import { problemOf, type StorageProblem } from '$lib/db/problem';
import { withDatabase, type Database } from './storage.svelte';

/** A query over the database that touches only Dexie, so that liveQuery sees what it reads. */
export type Query<T> = (db: LecternDB) => Promise<T>;

/**
 * Follows what `pick` queries: `next` hears it now and whenever it changes, in this tab or
 * another. `none` is called instead where this browser keeps nothing, `fail` when reading
 * fails. Returns the unsubscribe.
 */
export function follow<T>(
	pick: (db: Database) => Query<T>,
	next: (value: T) => void,
	none: () => void,
	fail: (problem: StorageProblem) => void
): () => void {
	let stopped = false;
	let stop = () => {};
	withDatabase().then(
		async ({ db, conn }) => {
			const keeps = await conn.keeps();
			if (stopped) return;
			if (!keeps) return none();
			stop = conn.watch(pick(db), next, (e) => !stopped && fail(e.problem));
		},
		(e: unknown) => !stopped && fail(problemOf(e))
	);
	return () => {
		stopped = true;
		stop();
	};
}

/**
 * One live read, as a page shows it: `current` holds `initial` until the first answer, and
 * stays so where this browser keeps nothing; a failure is kept in `error` as a typed problem.
 *
 * Create it while a component initialises: it subscribes in an `$effect`, starts again when a
 * reactive value read by `args` (a module id) changes, and unsubscribes when the component goes.
 */
export class LiveRead<T, A = void> {
	#current: T;
	#isLoading = $state(true);
	#error = $state<StorageProblem | null>(null);

	constructor(args: () => A, pick: (db: Database, args: A) => Query<T>, initial: T) {
		this.#current = $state.raw(initial);
		$effect(() => {
			const chosen = args();
			this.#isLoading = true;
			return follow(
				(db) => pick(db, chosen),
				(value) => this.#settle(value, null),
				() => this.#settle(initial, null),
				(problem) => this.#settle(this.#current, problem)
			);
		});
	}

	#settle(value: T, error: StorageProblem | null) {
		this.#current = value;
		this.#error = error;
		this.#isLoading = false;
	}

	get current(): T {
		return this.#current;
	}
	get isLoading(): boolean {
		return this.#isLoading;
	}
	get error(): StorageProblem | null {
		return this.#error;
	}
}
