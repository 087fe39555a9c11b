import { allModules } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	modules: allModules().map((mod) => ({ id: mod.id, title: mod.title }))
})) satisfies PageServerLoad;
