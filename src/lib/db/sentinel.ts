// A sentinel outside IndexedDB: when the database is found new while this says one existed,
// the site's data was cleared, and the student is offered a restore instead of a blank slate.
export const SENTINEL = 'lectern:database-created';

/** When the database this browser last had was created, or null if none is remembered. */
export function remembered(): string | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage.getItem(SENTINEL);
	} catch {
		return null;
	}
}

export function remember(created: number | undefined) {
	try {
		if (created !== undefined && typeof localStorage !== 'undefined')
			localStorage.setItem(SENTINEL, String(created));
	} catch {
		// No localStorage: a cleared database cannot be told from a first visit.
	}
}
