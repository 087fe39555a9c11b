import { allModules } from '$lib/server/content';
import { earlierVersions } from '$lib/server/earlier';
import { resultsModule } from '$lib/results/modules';
import type { PageServerLoad } from './$types';

// The dashboard grades again from the raw answers, so it needs every module's answer keys:
// they ship to the browser anyway, in each section page. Earlier versions' keys come too, to
// grade a file by the questions it was answered against.
export const load = (() => ({
	modules: allModules().map((mod) => resultsModule(mod, earlierVersions(mod.id)))
})) satisfies PageServerLoad;
