import type { Aid } from '$lib/components/AidsNav.svelte';
import { moduleOr404 } from '$lib/server/module-pages';
import type { LayoutServerLoad } from './$types';

// What every reading aid shows around itself: the module it belongs to, or a 404.
export const load = (({ params, route }) => {
	const mod = moduleOr404(params.module);
	// The aid is the last segment of the route: /m/[module]/(aids)/timeline.
	const aid = route.id.split('/').at(-1) as Aid;
	return { module: { id: mod.id, title: mod.title, hasMap: !!mod.map }, aid };
}) satisfies LayoutServerLoad;
