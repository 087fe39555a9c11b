import { allModules } from '$lib/server/content';
import { resultsModule } from '$lib/results/modules';
import type { PageServerLoad } from './$types';

// The dashboard grades again from the raw answers, so it needs every module's answer keys:
// they ship to the browser anyway, in each section page.
export const load = (() => ({ modules: allModules().map(resultsModule) })) satisfies PageServerLoad;
