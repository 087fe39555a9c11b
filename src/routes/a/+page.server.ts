import { allModules } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	modules: allModules().map((mod) => ({
		id: mod.id,
		version: mod.version,
		title: mod.title,
		sections: mod.sections.map((s) => ({
			id: s.id,
			number: s.number,
			title: s.title,
			questionIds: mod.questions.filter((q) => q.section === s.id).map((q) => q.id)
		}))
	}))
})) satisfies PageServerLoad;
