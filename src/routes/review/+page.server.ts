import { allModules } from '$lib/server/content';
import { reviewModule } from '$lib/review/modules';
import type { PageServerLoad } from './$types';

export const load = (() => ({ modules: allModules().map(reviewModule) })) satisfies PageServerLoad;
