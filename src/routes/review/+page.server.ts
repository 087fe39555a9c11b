import { allModules } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	modules: allModules().map((mod) => ({
		id: mod.id,
		title: mod.title,
		language: mod.language,
		sections: mod.sections.map((s) => ({ id: s.id, title: s.title })),
		questions: mod.questions
	}))
})) satisfies PageServerLoad;
