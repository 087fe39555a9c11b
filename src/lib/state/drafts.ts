import type { Answer, Question } from '$lib/module/types';

/**
 * Answers chosen but not checked, kept in this tab's session so that they outlive a reload (an
 * update, say). What comes back is untrusted: each answer is checked against the answer schema
 * and its question's type, and anything else is dropped.
 */
export class DraftStore {
	readonly #key: string;
	/** What was kept but not yet read back: kept again with the page's own, so it is not lost. */
	#unread: object = {};

	constructor(where: { moduleId: string; sectionId: string; assignment: string | null }) {
		this.#key = `lectern:drafts:${where.moduleId}/${where.sectionId}/${where.assignment ?? ''}`;
	}

	/** Takes back what was kept for these questions (once: it is removed as it is read). */
	async take(questions: readonly Question[]): Promise<Record<string, Answer>> {
		let saved: unknown;
		try {
			saved = JSON.parse(sessionStorage.getItem(this.#key) ?? 'null');
		} catch {
			return {};
		}
		if (!saved || typeof saved !== 'object') return {};
		this.#unread = saved;
		// The schema loads only when there is something to check: the section page stays small.
		// Should it fail to load, what was kept stays kept, for the next visit to read.
		const { isAnswer } = await import('./draft-check');
		const kept = saved as Record<string, unknown>;
		this.#unread = {};
		try {
			sessionStorage.removeItem(this.#key);
		} catch {
			// Read once or twice, a draft comes back the same.
		}
		return Object.fromEntries(
			questions.flatMap((q) => {
				const a = Object.hasOwn(kept, q.id) ? kept[q.id] : undefined;
				return isAnswer(a) && a.type === q.type ? [[q.id, a]] : [];
			})
		);
	}

	keep(drafts: Record<string, Answer>) {
		try {
			sessionStorage.setItem(this.#key, JSON.stringify({ ...this.#unread, ...drafts }));
		} catch {
			// Nothing can be kept; the checked answers are in IndexedDB anyway.
		}
	}
}
