import type { Module } from '$lib/module/types';
import { checkedEarlier, checkedModules, moduleFiles } from './module-files';

/**
 * Watches the modules opened from a file on this device, checked, in the shape a page reads them
 * (the results, the review) beside the site's modules it got at build time: `onchange` has them
 * once read, then again whenever a file is opened or removed (in any tab). Loaded by those pages
 * once they are shown, so that their start-up code does not grow; returns the way to stop.
 */
export function watchFileModules<T>(
	shape: (mod: Module, earlier: Module[]) => T,
	onchange: (mods: T[]) => void,
	/** The modules of the files each replaced, for `shape`: the results grade by them. */
	withEarlier = false
): () => void {
	return $effect.root(() => {
		const rows = moduleFiles();
		let reading = 0;
		// Rows read from the database and checked (the checker loads only if there are any).
		$effect(() => {
			if (rows.isLoading) return;
			const listed = rows.current;
			const token = ++reading;
			void Promise.all([
				checkedModules(listed),
				Promise.all(listed.map((r) => (withEarlier ? checkedEarlier(r) : [])))
			]).then(([mods, earlier]) => {
				const earlierOf = (id: string) => earlier[listed.findIndex((r) => r.id === id)] ?? [];
				if (token === reading) onchange(mods.map((m) => shape(m, earlierOf(m.id))));
			});
		});
	});
}
