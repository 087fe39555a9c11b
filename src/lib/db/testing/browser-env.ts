// Test-only: what Node lacks of a browser, and a quiet Dexie, for the storage fault suites.
import { onTestFinished, vi } from 'vitest';

/** Dexie says on the console when an upgrade is blocked; these tests cause that on purpose. */
export function quietDexie() {
	const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
	onTestFinished(() => warn.mockRestore());
}

/** A browser's localStorage, for one test: Node has none. */
export function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, String(value))
	};
}
