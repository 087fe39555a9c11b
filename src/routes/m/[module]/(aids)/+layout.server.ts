import type { Aid } from '$lib/components/AidsNav.svelte';
import { aidFrame } from '$lib/pages/data';
import { moduleOr404 } from '$lib/server/module-pages';
import type { LayoutServerLoad } from './$types';

// What every reading aid shows around itself: the module it belongs to, or a 404.
export const load = (({ params, route }) => {
	const mod = moduleOr404(params.module);
	// The aid is the last segment of the route: /m/[module]/(aids)/timeline.
	const aid = route.id.split('/').at(-1) as Aid;
	return { ...aidFrame(mod, 'site'), aid };
}) satisfies LayoutServerLoad;
