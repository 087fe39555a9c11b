/**
 * Starts something from a module loaded only now (a page's onMount, to keep its start-up code
 * small): returns the way to stop it, which also holds if the page is left before it loads.
 */
export function later<M>(load: () => Promise<M>, start: (loaded: M) => () => void): () => void {
	let stop: (() => void) | null = null;
	let gone = false;
	void load().then((loaded) => {
		if (!gone) stop = start(loaded);
	});
	return () => {
		gone = true;
		stop?.();
	};
}
