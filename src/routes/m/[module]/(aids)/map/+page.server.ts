import { error } from '@sveltejs/kit';
import { getModule, moduleList } from '$lib/server/content';
import { drawMap } from '$lib/map/draw';
import { mapAid } from '$lib/pages/data';
import type { EntryGenerator, PageServerLoad } from './$types';
import { appText } from '$lib/messages/app';

export const entries = (() =>
	moduleList()
		.filter((mod) => mod.map)
		.map((mod) => ({ module: mod.id }))) satisfies EntryGenerator;

export const load = (({ params }) => {
	const mod = getModule(params.module);
	const page = mod && mapAid(mod, drawMap);
	if (!page) error(404, appText.noSuchModule);
	return page;
}) satisfies PageServerLoad;
