import { allModules, outline } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	modules: allModules().map((mod) => ({ ...outline(mod), version: mod.version }))
})) satisfies PageServerLoad;
