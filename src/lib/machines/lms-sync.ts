import { assign, fromPromise, setup } from 'xstate';

/**
 * When an LMS is told to store what it has been given (SCORM's Commit). Answers reach the LMS
 * at once (each a SetValue); committing waits for a pause, so that a burst of answers is one
 * commit, and happens at once when the page is hidden or the learner leaves. A commit the LMS
 * refuses is retried, later and later, and what it said is kept for the page to show until one
 * goes through: nothing is lost meanwhile, as every answer is on the device too. Pure: the page
 * supplies `commit` with `.provide()`.
 */
export const COMMIT_PAUSE_MS = 2000;
export const RETRY_MAX_MS = 30_000;
/** 1 s after the first refusal, then twice as long each time, up to RETRY_MAX_MS. */
export const retryDelay = (failures: number) =>
	Math.min(RETRY_MAX_MS, 1000 * 2 ** Math.max(0, failures - 1));

export interface LmsRefusal {
	code: string;
	text: string;
}

export interface LmsSyncContext {
	/** Changes given to the LMS since its last commit went through. */
	unsaved: number;
	/** Changes given while a commit was on its way: they need one more. */
	sinceCommit: number;
	failures: number;
	/** What the LMS last said when it refused, until a commit goes through. */
	refused: LmsRefusal | null;
}

export type LmsSyncEvent = { type: 'changed' } | { type: 'flush' };

const refusalOf = (e: unknown): LmsRefusal =>
	e && typeof e === 'object' && 'code' in e && 'lmsText' in e
		? { code: String(e.code), text: String(e.lmsText) }
		: { code: '', text: e instanceof Error ? e.message : String(e) };

export const lmsSyncMachine = setup({
	types: { context: {} as LmsSyncContext, events: {} as LmsSyncEvent },
	actors: {
		// Resolves once the LMS has stored what it was given; rejects with what it said.
		commit: fromPromise<void>(async () => {
			throw new Error('commit was not provided');
		})
	},
	delays: {
		pause: COMMIT_PAUSE_MS,
		retry: ({ context }) => retryDelay(context.failures)
	},
	actions: {
		count: assign({ unsaved: ({ context }) => context.unsaved + 1 })
	}
}).createMachine({
	id: 'lmsSync',
	context: { unsaved: 0, sinceCommit: 0, failures: 0, refused: null },
	initial: 'saved',
	states: {
		saved: {
			on: { changed: { target: 'waiting', actions: 'count' } }
		},
		waiting: {
			after: { pause: 'committing' },
			on: {
				changed: { target: 'waiting', reenter: true, actions: 'count' },
				flush: 'committing'
			}
		},
		committing: {
			entry: assign({ sinceCommit: 0 }),
			invoke: {
				src: 'commit',
				onDone: [
					{
						guard: ({ context }) => context.sinceCommit > 0,
						target: 'waiting',
						actions: assign({
							unsaved: ({ context }) => context.sinceCommit,
							failures: 0,
							refused: null
						})
					},
					{ target: 'saved', actions: assign({ unsaved: 0, failures: 0, refused: null }) }
				],
				onError: {
					target: 'retrying',
					actions: assign({
						failures: ({ context }) => context.failures + 1,
						refused: ({ event }) => refusalOf(event.error)
					})
				}
			},
			on: {
				changed: {
					actions: assign({
						unsaved: ({ context }) => context.unsaved + 1,
						sinceCommit: ({ context }) => context.sinceCommit + 1
					})
				}
			}
		},
		retrying: {
			after: { retry: 'committing' },
			on: { changed: { actions: 'count' }, flush: 'committing' }
		}
	}
});
