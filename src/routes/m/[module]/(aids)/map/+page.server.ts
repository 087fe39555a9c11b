import { error } from '@sveltejs/kit';
import { getModule, moduleList } from '$lib/server/content';
import { drawMap } from '$lib/server/map';
import type { EntryGenerator, PageServerLoad } from './$types';
import { appText } from '$lib/messages/app';

export const entries = (() =>
	moduleList()
		.filter((mod) => mod.map)
		.map((mod) => ({ module: mod.id }))) satisfies EntryGenerator;

export const load = (({ params }) => {
	const mod = getModule(params.module);
	if (!mod?.map) error(404, appText.noSuchModule);
	const map = drawMap(mod.places, mod.map);
	const onMap = new Set(map.places.map((p) => p.id));
	return {
		map,
		focus: mod.places.find((p) => p.id === mod.map?.focus)?.name,
		places: mod.places.map((p) => ({
			id: p.id,
			name: p.name,
			kind: p.kind,
			description: p.description,
			onMap: onMap.has(p.id),
			events: mod.events
				.filter((e) => e.places.includes(p.id))
				.map((e) => ({ id: e.id, title: e.title, reported: e.reported }))
		}))
	};
}) satisfies PageServerLoad;
