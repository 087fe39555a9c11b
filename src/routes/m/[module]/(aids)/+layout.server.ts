import { error } from '@sveltejs/kit';
import type { Aid } from '$lib/components/AidsNav.svelte';
import { getModule } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';
import { appText } from '$lib/messages/app';

// What every reading aid shows around itself: the module it belongs to, or a 404.
export const load = (({ params, route }) => {
	const mod = getModule(params.module);
	if (!mod) error(404, appText.noSuchModule);
	// The aid is the last segment of the route: /m/[module]/(aids)/timeline.
	const aid = route.id.split('/').at(-1) as Aid;
	return { module: { id: mod.id, title: mod.title, hasMap: !!mod.map }, aid };
}) satisfies LayoutServerLoad;
