import { findLinks, type Form } from '$lib/module/mentions';
import { actorsOf } from './actors';
import { sectionParagraphs, type DraftContent } from './draft';

/**
 * How often the text names each actor, by section, found as the app finds mentions (whole
 * words, names in their case): an actor's sections come from these.
 */
export function mentionsOf(content: DraftContent): Map<string, number[]> {
	const actors = actorsOf(content);
	const forms: Form[] = actors.flatMap((a) =>
		[a.name, ...a.aliases].map((text) => ({ text, target: { actor: a.id } }))
	);
	const counts = new Map(actors.map((a) => [a.id, content.sections.map(() => 0)]));
	sectionParagraphs(content).forEach((paragraphs, s) => {
		for (const p of paragraphs)
			for (const link of findLinks(p.text, forms, 'x'))
				if (link.actor) counts.get(link.actor)![s]!++;
	});
	return counts;
}
