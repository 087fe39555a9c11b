import { allModules } from '$lib/server/content';
import { sectionPreviews } from '$lib/assign/preview';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	modules: allModules().map((mod) => ({
		id: mod.id,
		title: mod.title,
		sections: sectionPreviews(mod)
	}))
})) satisfies PageServerLoad;
