import { glossaryUses } from '$lib/module/cards';
import { moduleEntries } from '$lib/server/content';
import { aidPage } from '$lib/server/module-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = moduleEntries satisfies EntryGenerator;

export const load = aidPage((mod) => {
	const uses = glossaryUses(mod);
	return {
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
