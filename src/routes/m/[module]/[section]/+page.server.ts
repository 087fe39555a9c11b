import { error } from '@sveltejs/kit';
import { sectionCards } from '$lib/module/cards';
import { getModule, moduleList } from '$lib/server/content';
import { drawMap } from '$lib/server/map';
import { needsMap } from '$lib/question-types/builds';
import type { EntryGenerator, PageServerLoad } from './$types';
import { appText } from '$lib/messages/app';

export const entries = (() =>
	moduleList().flatMap((mod) =>
		mod.sections.map((s) => ({ module: mod.id, section: s.id }))
	)) satisfies EntryGenerator;

export const load = (({ params }) => {
	const mod = getModule(params.module);
	const index = mod?.sections.findIndex((s) => s.id === params.section) ?? -1;
	if (!mod || index === -1) error(404, appText.noSuchSection);
	const questions = mod.questions.filter((q) => q.section === params.section);
	const brief = (s: (typeof mod.sections)[number] | undefined) =>
		s && { id: s.id, number: s.number, title: s.title };
	return {
		module: {
			id: mod.id,
			title: mod.title,
			language: mod.language,
			source: mod.source,
			sectionCount: mod.sections.length,
			hasMap: !!mod.map,
			// What an assignment link is checked against, and what its locks are worked out from.
			sections: mod.sections.map((s) => ({
				id: s.id,
				title: s.title,
				questionIds: mod.questions.filter((q) => q.section === s.id).map((q) => q.id)
			}))
		},
		cards: sectionCards(mod, params.section),
		section: mod.sections[index]!,
		questions,
		// Only a section with a question on the map carries it.
		map:
			mod.map && questions.some(needsMap)
				? {
						map: drawMap(mod.places, mod.map),
						focus: mod.places.find((p) => p.id === mod.map?.focus)?.name,
						places: mod.places.map((p) => ({ id: p.id, name: p.name, kind: p.kind }))
					}
				: null,
		previous: brief(mod.sections[index - 1]),
		next: brief(mod.sections[index + 1])
	};
}) satisfies PageServerLoad;
