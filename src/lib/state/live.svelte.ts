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
 * With `atMostEvery` (ms), changes that come faster than that are shown together, the latest.
 * While `paused` (reactive) holds, it stops following and keeps what it shows; it reads once
 * when it resumes.
 *
 * Create it while a component initialises: it subscribes in an `$effect`, starts again when a
 * reactive value read by `args` (a module id) changes, and unsubscribes when the component goes.
 */
export class LiveRead<T, A = void> {
	#current: T;
	#isLoading = $state(true);
	#error = $state<StorageProblem | null>(null);
	#shownAt = -Infinity;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#latest: T | undefined;

	constructor(
		args: () => A,
		pick: (db: Database, args: A) => Query<T>,
		initial: T,
		{ atMostEvery = 0, paused = () => false }: { atMostEvery?: number; paused?: () => boolean } = {}
	) {
		this.#current = $state.raw(initial);
		$effect(() => {
			const chosen = args();
			if (paused()) return;
			this.#isLoading = true;
			const stop = follow(
				(db) => pick(db, chosen),
				(value) => this.#offer(value, atMostEvery),
				() => this.#settle(initial, null),
				(problem) => this.#settle(this.#current, problem)
			);
			return () => {
				clearTimeout(this.#timer);
				this.#timer = undefined;
				stop();
			};
		});
	}

	#offer(value: T, atMostEvery: number) {
		this.#latest = value;
		if (this.#timer !== undefined) return;
		const wait = this.#shownAt + atMostEvery - performance.now();
		const show = () => {
			this.#timer = undefined;
			this.#shownAt = performance.now();
			this.#settle(this.#latest as T, null);
		};
		if (wait <= 0) show();
		else this.#timer = setTimeout(show, wait);
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
