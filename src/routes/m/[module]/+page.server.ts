import { error } from '@sveltejs/kit';
import { allModules, getModule, outline } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';
import { appText } from '$lib/messages/app';

export const entries = (() =>
	allModules().map((mod) => ({ module: mod.id }))) satisfies EntryGenerator;

export const load = (({ params }) => {
	const mod = getModule(params.module);
	if (!mod) error(404, appText.noSuchModule);
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
