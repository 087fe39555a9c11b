import { error } from '@sveltejs/kit';
import { m } from '$lib/messages';
import { allModules, getModule } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() =>
	allModules().flatMap((mod) =>
		mod.sections.map((s) => ({ module: mod.id, section: s.id }))
	)) satisfies EntryGenerator;

export const load = (({ params }) => {
	const mod = getModule(params.module);
	const index = mod?.sections.findIndex((s) => s.id === params.section) ?? -1;
	if (!mod || index === -1) error(404, m.noSuchSection);
	const brief = (s: (typeof mod.sections)[number] | undefined) =>
		s && { id: s.id, number: s.number, title: s.title };
	return {
		module: {
			id: mod.id,
			title: mod.title,
			language: mod.language,
			source: mod.source,
			sectionCount: mod.sections.length
		},
		section: mod.sections[index]!,
		questions: mod.questions.filter((q) => q.section === params.section),
		previous: brief(mod.sections[index - 1]),
		next: brief(mod.sections[index + 1])
	};
}) satisfies PageServerLoad;
