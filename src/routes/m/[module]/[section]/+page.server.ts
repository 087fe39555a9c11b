import { error } from '@sveltejs/kit';
import { getModule, moduleList } from '$lib/server/content';
import { drawMap } from '$lib/map/draw';
import { sectionPage } from '$lib/pages/data';
import type { EntryGenerator, PageServerLoad } from './$types';
import { appText } from '$lib/messages/app';

export const entries = (() =>
	moduleList().flatMap((mod) =>
		mod.sections.map((s) => ({ module: mod.id, section: s.id }))
	)) satisfies EntryGenerator;

export const load = (({ params }) => {
	const mod = getModule(params.module);
	const page = mod && sectionPage(mod, 'site', params.section, drawMap);
	if (!page) error(404, appText.noSuchSection);
	return page;
}) satisfies PageServerLoad;
