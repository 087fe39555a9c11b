import { moduleEntries, outline } from '$lib/server/content';
import { moduleOr404 } from '$lib/server/module-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = moduleEntries satisfies EntryGenerator;

export const load = (({ params }) => {
	const mod = moduleOr404(params.module);
	return {
		module: outline(mod),
		hasMap: !!mod.map,
		aftermath: mod.aftermath,
		language: mod.language,
		actors: mod.actors.map((a) => ({ id: a.id, name: a.name, sections: a.sections })),
		events: mod.events.map((e) => ({ id: e.id, title: e.title, section: e.section })),
		tags: mod.questions.map((q) => ({ id: q.id, actors: q.actors, events: q.events }))
	};
}) satisfies PageServerLoad;
