import type { Module } from '$lib/module/types';

/**
 * What the review page needs of a module to show its due questions. Made at build time for the
 * site's modules, and in the browser for those opened from a file.
 */
export const reviewModule = (mod: Module) => ({
	id: mod.id,
	title: mod.title,
	language: mod.language,
	sections: mod.sections.map((s) => ({ id: s.id, title: s.title })),
	questions: mod.questions
});

/** A module as far as the review needs it to ask a card: its id and its questions' ids. */
export interface AskedIn {
	id: string;
	questionIds: readonly string[];
}

/**
 * The cards a review can ask: those of a question a module on this device still has. A module
 * file removed, or a module revised without a question, leaves its cards kept but not asked, so
 * that opening the file again brings them back.
 */
export function askable<C extends { moduleId: string; questionId: string }>(
	cards: readonly C[],
	modules: readonly AskedIn[]
): C[] {
	const keys = new Set(modules.flatMap((m) => m.questionIds.map((q) => `${m.id}/${q}`)));
	return cards.filter((c) => keys.has(`${c.moduleId}/${c.questionId}`));
}
