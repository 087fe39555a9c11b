import { tick } from 'svelte';

// Plain sets, replaced whole and never changed: nothing needs to follow their contents.
const readOnly = (ids: Iterable<string>): ReadonlySet<string> => new Set(ids);
const NONE = readOnly([]);

/**
 * The sentences "Show in text" marks in a section, and the way back: to the control that asked
 * (the question), or to the review page when the section was opened from there.
 */
export class Evidence {
	// Marks belong to one section: moving to another one leaves none behind.
	#shown = $state.raw<{ section: string; ids: ReadonlySet<string> } | null>(null);
	#returnTo: HTMLElement | null = null;
	/** Opened from the review page's "Show in text": the way back leads there. */
	fromReview = $state(false);

	readonly #section: () => string;

	constructor(section: () => string) {
		this.#section = section;
	}

	get marked(): ReadonlySet<string> {
		return this.#shown?.section === this.#section() ? this.#shown.ids : NONE;
	}

	/** Marks the sentences and brings the first into view, with the focus. */
	async show(ids: string[]) {
		this.#returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
		this.#shown = { section: this.#section(), ids: readOnly(ids) };
		await tick();
		const first = ids[0] ? document.getElementById(ids[0]) : null;
		first?.focus({ preventScroll: true });
		const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
		first?.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'center' });
	}

	/** Reads `#review:<ids>`, the review page's way in; true when the address held it. */
	fromAddress(): boolean {
		const shown = /^#review:([\w,-]+)$/.exec(location.hash);
		if (!shown) return false;
		this.fromReview = true;
		void this.show(shown[1]!.split(','));
		return true;
	}

	/** Clears the marks and gives the focus back to where "Show in text" was pressed. */
	back() {
		this.#shown = null;
		const target = this.#returnTo?.isConnected ? this.#returnTo : document.getElementById('quiz');
		target?.focus();
	}
}
