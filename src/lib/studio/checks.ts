import { checkModule } from '$lib/module/resolve';
import { actorsOf } from './actors';
import { placeProblem, type DraftCheck } from './check-fields';
import type { DraftContent } from './draft';
import { articleOf, moduleDataOf } from './files';
import { placesOf } from './places/edit';

export type { DraftCheck } from './check-fields';

/**
 * Every problem of the draft, by the checker the build uses, each placed at its field. A
 * section without a heading is said here, at its field: the export writes "Section n" for it.
 */
export function checkDraft(content: DraftContent): DraftCheck[] {
	const checks: DraftCheck[] = content.sections.flatMap((s, i) =>
		s.title.trim()
			? []
			: [
					{
						field: `sections.${i}.title`,
						where: `Section ${i + 1} heading`,
						message: 'write a short heading (up to 7 words) for this section',
						warning: false
					}
				]
	);
	content.paragraphs.forEach((p, i) => {
		// article.md has no way to write a paragraph that starts with "#": it reads as a heading.
		if (p.text.startsWith('#'))
			checks.push({
				field: null,
				where: `Paragraph ${i + 1}`,
				message: 'it starts with #, which article.md reads as a heading: reword its start',
				warning: false
			});
	});
	const { problems } = checkModule({
		dataFile: 'module.yaml',
		articleFile: 'article.md',
		data: moduleDataOf(content),
		article: articleOf(content)
	});
	const names = {
		actors: actorsOf(content).map((a) => a.name),
		places: placesOf(content).map((p) => p.name)
	};
	return [...checks, ...problems.map((p) => placeProblem(p, names))];
}
