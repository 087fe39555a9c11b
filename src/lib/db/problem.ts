// The storage problems pages name, apart from classify() so that pages load no Dexie error names.
/** Why storage refused: each maps to a message the student can act on. */
export type StorageProblem =
	'unavailable' | 'blocked' | 'stale' | 'newer' | 'quota' | 'closed' | 'failed' | 'handed-in';

export class StorageError extends Error {
	constructor(
		readonly problem: StorageProblem,
		cause?: unknown
	) {
		super(problem, { cause });
		this.name = 'StorageError';
	}
}

/** What went wrong with storage, as a problem the page can name; any other failure is 'failed'. */
export const problemOf = (e: unknown): StorageProblem =>
	e instanceof StorageError ? e.problem : 'failed';
