import { error } from '@sveltejs/kit';
import { m } from '$lib/messages';
import { getModule } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

// What every reading aid shows around itself: the module it belongs to, or a 404.
export const load = (({ params }) => {
	const mod = getModule(params.module);
	if (!mod) error(404, m.noSuchModule);
	return { module: { id: mod.id, title: mod.title, hasMap: !!mod.map } };
}) satisfies LayoutServerLoad;
