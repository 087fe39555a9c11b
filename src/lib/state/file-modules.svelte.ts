import type { Module } from '$lib/module/types';
import { checkedModules, moduleFiles } from './module-files';

/**
 * Watches the modules opened from a file on this device, checked, in the shape a page reads them
 * (the results, the review) beside the site's modules it got at build time: `onchange` has them
 * once read, then again whenever a file is opened or removed (in any tab). Loaded by those pages
 * once they are shown, so that their start-up code does not grow; returns the way to stop.
 */
export function watchFileModules<T>(
	shape: (mod: Module) => T,
	onchange: (mods: T[]) => void
): () => void {
	return $effect.root(() => {
		const rows = moduleFiles();
		let reading = 0;
		// Rows read from the database and checked (the checker loads only if there are any).
		$effect(() => {
			if (rows.isLoading) return;
			const listed = rows.current;
			const token = ++reading;
			void checkedModules(listed).then((mods) => {
				if (token === reading) onchange(mods.map(shape));
			});
		});
	});
}
