import { inScope, type Attempt } from '$lib/module/progress';
import { storage } from './storage.svelte';

/** The student's own work (not an assignment's) as a page needs it, read when the page opens. */
export class AttemptsQuery {
	#current = $state.raw<Attempt[]>([]);
	#isLoading = $state(true);
	#error = $state<string | null>(null);

	get current(): Attempt[] {
		return this.#current;
	}
	get isLoading(): boolean {
		return this.#isLoading;
	}
	get error(): string | null {
		return this.#error;
	}

	/** Reads the log of one module, or of every module when `moduleId` is left out. */
	async load(moduleId?: string): Promise<void> {
		this.#isLoading = true;
		try {
			const store = await storage.load();
			if (!(await store.keeps())) {
				this.#current = [];
				return;
			}
			const rows = moduleId ? await store.attempts(moduleId) : await store.allAttempts();
			this.#current = rows.filter((a) => inScope(a, null));
			this.#error = null;
		} catch (e) {
			this.#error = e instanceof Error ? e.message : String(e);
		} finally {
			this.#isLoading = false;
		}
	}
}
