import { error } from '@sveltejs/kit';
import { timelineOf } from '$lib/module/cards';
import { getModule, moduleEntries } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';
import { appText } from '$lib/messages/app';

export const entries = moduleEntries satisfies EntryGenerator;

export const load = (({ params }) => {
	const mod = getModule(params.module);
	if (!mod) error(404, appText.noSuchModule);
	return {
		sections: mod.sections.map((s) => ({ id: s.id, title: s.title })),
		entries: timelineOf(mod)
	};
}) satisfies PageServerLoad;
