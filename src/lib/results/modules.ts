import type { Module } from '$lib/module/types';
import { idRecord } from '$lib/module/id-record';

/**
 * What the results page needs of a module: its sections, its questions to grade again from the
 * raw answers (today's, and those of the earlier versions it keeps, by the version a results
 * file names), and the names of its actors and events. Made at build time for the site's
 * modules, and in the browser for those opened from a file.
 */
export const resultsModule = (mod: Module, earlier: readonly Module[] = []) => ({
	id: mod.id,
	title: mod.title,
	version: mod.version,
	sections: mod.sections.map((s) => ({ id: s.id, title: s.title })),
	questions: mod.questions,
	earlier: earlier
		.filter((e) => e.id === mod.id && e.version !== mod.version)
		.map((e) => ({ version: e.version, questions: e.questions })),
	names: idRecord<string>([
		...mod.actors.map((a) => [`actor:${a.id}`, a.name] as const),
		...mod.events.map((e) => [`event:${e.id}`, e.title] as const)
	])
});
export type ResultsModule = ReturnType<typeof resultsModule>;
