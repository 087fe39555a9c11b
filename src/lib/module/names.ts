import { linkSections, type Form } from './mentions';
import type { Report } from './problems';
import type { Actor, GlossaryEntry, Section } from './types';

/** What names an actor: its name and the other names the article uses. */
type Named = Pick<Actor, 'name' | 'aliases'>;

/** The ids of the sections whose text names an actor (once the text is linked). */
export const sectionsNaming = (sections: readonly Section[], actorId: string): string[] =>
	sections
		.filter((s) =>
			s.paragraphs.some((p) => p.sentences.some((t) => t.links?.some((l) => l.actor === actorId)))
		)
		.map((s) => s.id);

/** The words that name an actor in the text: its name, as it stands inside a sentence, and aliases. */
export const namesOf = (a: Named) => [
	// "The Iraqi army" is also "the Iraqi army" inside a sentence, and "Iraqi army".
	...new Set([a.name, a.name.replace(/^The /, 'the '), a.name.replace(/^The /, ''), ...a.aliases])
];

/** Reports a name two actors share: a mention of it could not tell them apart. */
export function checkNames(actors: readonly (Named & { id: string })[], at: Report) {
	const owner = new Map<string, string>();
	actors.forEach((a, i) => {
		for (const name of namesOf(a)) {
			const other = owner.get(name);
			if (other && other !== a.id)
				at(
					['actors', i, 'aliases'],
					`"${name}" also names actor "${other}": the text cannot tell them apart`
				);
			owner.set(name, a.id);
		}
	});
}

/**
 * Links every mention of an actor or glossary term in the text to its card, and reports a term
 * whose every use is inside an actor's name (so no mention would open its definition).
 */
export function linkNames(
	sections: Section[],
	actors: readonly (Named & { id: string })[],
	glossary: readonly GlossaryEntry[],
	at: Report
) {
	linkSections(sections, [
		...actors.flatMap((a) => namesOf(a).map((text): Form => ({ text, target: { actor: a.id } }))),
		...glossary.flatMap((g) => g.forms.map((text): Form => ({ text, target: { term: g.id } })))
	]);
	const linkedTerms = new Set(
		sections.flatMap((s) =>
			s.paragraphs.flatMap((p) => p.sentences.flatMap((t) => (t.links ?? []).map((l) => l.term)))
		)
	);
	glossary.forEach((g, i) => {
		if (!linkedTerms.has(g.id) && !g.actor)
			at(
				['glossary', i, 'term'],
				"every use in the article is inside an actor's name: add actor: with that actor's id, so its card shows the definition"
			);
	});
}
