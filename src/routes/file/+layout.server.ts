import { allModules } from '$lib/server/content';
import type { LayoutServerLoad } from './$types';

// A module opened from a file lives on this device only: its pages are shells drawn in the
// browser, one for every module, that read which module (and section) from the address.
export const ssr = false;

// The site's own modules, which a module file may not stand in for.
export const load = (() => ({
	siteModules: allModules().map((m) => m.id)
})) satisfies LayoutServerLoad;
