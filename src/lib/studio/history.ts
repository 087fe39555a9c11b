/**
 * Undo and redo over whole snapshots of what is edited: a draft is a few kilobytes, so keeping
 * snapshots is simpler and safer than inverting each edit. Edits of one `group` in a row (the
 * keystrokes typed into one field) are one step, so that undo takes back a word, not a letter.
 */
export class History<T> {
	#past: T[] = [];
	#future: T[] = [];
	#group: string | null = null;

	constructor(
		private present: T,
		/** How many steps back undo can go; the brief asks for at least 50. */
		readonly limit = 100
	) {}

	get current(): T {
		return this.present;
	}

	get canUndo(): boolean {
		return this.#past.length > 0;
	}

	get canRedo(): boolean {
		return this.#future.length > 0;
	}

	/** Records an edit. With the same `group` as the edit before, it joins that step. */
	push(next: T, group: string | null = null): void {
		if (group === null || group !== this.#group) {
			this.#past.push(this.present);
			if (this.#past.length > this.limit) this.#past.shift();
		}
		this.#group = group;
		this.present = next;
		this.#future = [];
	}

	/** Ends the current group: the next edit is a step of its own even in the same field. */
	seal(): void {
		this.#group = null;
	}

	undo(): T | null {
		const previous = this.#past.pop();
		if (previous === undefined) return null;
		this.#future.push(this.present);
		this.present = previous;
		this.#group = null;
		return previous;
	}

	redo(): T | null {
		const next = this.#future.pop();
		if (next === undefined) return null;
		this.#past.push(this.present);
		this.present = next;
		this.#group = null;
		return next;
	}
}
