import { StorageError, type StorageProblem } from './problem';

export { StorageError, type StorageProblem };

const names = (e: unknown): string[] => {
	const out: string[] = [];
	let current: unknown = e;
	for (let depth = 0; current && typeof current === 'object' && depth < 4; depth++) {
		const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
		if (typeof name === 'string') out.push(name);
		current = inner ?? cause;
	}
	return out;
};

/** Classifies a Dexie or IndexedDB failure; quota errors arrive wrapped in an AbortError. */
export function classify(e: unknown): StorageProblem {
	if (e instanceof StorageError) return e.problem;
	const all = names(e);
	if (all.includes('QuotaExceededError')) return 'quota';
	if (
		all.includes('MissingAPIError') ||
		all.includes('InvalidStateError') ||
		all.includes('SecurityError')
	) {
		return 'unavailable';
	}
	if (all.includes('VersionChangeError')) return 'stale';
	if (all.includes('DatabaseClosedError')) return 'closed';
	return 'failed';
}

/** True when opening failed because an upgrade function threw (the data stays as it was). */
export const isUpgradeFailure = (e: unknown) => names(e).includes('UpgradeError');
