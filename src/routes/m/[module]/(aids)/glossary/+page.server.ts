import { error } from '@sveltejs/kit';
import { glossaryUses } from '$lib/module/cards';
import { getModule, moduleEntries } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';
import { appText } from '$lib/messages/app';

export const entries = moduleEntries satisfies EntryGenerator;

export const load = (({ params }) => {
	const mod = getModule(params.module);
	if (!mod) error(404, appText.noSuchModule);
	const uses = glossaryUses(mod);
	return {
		sections: mod.sections.map((s) => ({ id: s.id, title: s.title })),
		terms: mod.glossary
			.map((g) => ({
				id: g.id,
				term: g.term,
				definition: g.definition,
				actor: g.actor,
				uses: uses.get(g.id) ?? []
			}))
			.sort((a, b) => a.term.localeCompare(b.term, mod.language))
	};
}) satisfies PageServerLoad;
