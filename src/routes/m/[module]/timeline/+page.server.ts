import { error } from '@sveltejs/kit';
import { m } from '$lib/messages';
import { timelineOf } from '$lib/module/cards';
import { allModules, getModule } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() =>
	allModules().map((mod) => ({ module: mod.id }))) satisfies EntryGenerator;

export const load = (({ params }) => {
	const mod = getModule(params.module);
	if (!mod) error(404, m.noSuchModule);
	return {
		module: { id: mod.id, title: mod.title, hasMap: !!mod.map },
		sections: mod.sections.map((s) => ({ id: s.id, title: s.title })),
		entries: timelineOf(mod)
	};
}) satisfies PageServerLoad;
