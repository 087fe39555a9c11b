import { allModules, outline } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({ modules: allModules().map(outline) })) satisfies PageServerLoad;
