const ASKED = 'lectern:persist-asked';

/**
 * Asks the browser, once per device, to keep this site's data instead of clearing it when
 * space runs short. Resolves to whether it agreed, or null when there was nothing to ask (no
 * such API, already kept, or asked before).
 */
export async function askToKeepOnce(): Promise<boolean | null> {
	const s = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (typeof s?.persist !== 'function' || typeof s.persisted !== 'function') return null;
	if (await s.persisted().catch(() => false)) return null;
	try {
		if (localStorage.getItem(ASKED)) return null;
		localStorage.setItem(ASKED, new Date().toISOString());
	} catch {
		// No localStorage: ask anyway; at worst the browser is asked again another time.
	}
	return s.persist().catch(() => false);
}
