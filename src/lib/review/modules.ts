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
