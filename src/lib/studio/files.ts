import { sectionParagraphs, slugOf, type DraftContent } from './draft';
import { obj } from './read';

/** The draft's article.md: each section's heading with its id, then its paragraphs. */
export function articleOf(content: DraftContent): string {
	return sectionParagraphs(content)
		.map((paragraphs, i) => {
			const s = content.sections[i]!;
			const body = paragraphs.map((p) => (p.quote ? `> ${p.text}` : p.text)).join('\n\n');
			return `## ${s.title.trim() || `Section ${i + 1}`} {#${s.id}}\n\n${body}\n`;
		})
		.join('\n');
}

/**
 * The draft's module.yaml, as data: what the checker reads and the export writes. The form's
 * fields, then what the draft keeps as the module had it (actors, events, questions…).
 */
export function moduleDataOf(content: DraftContent): Record<string, unknown> {
	const a = content.about;
	const { id, language, source } = content.rest ?? {};
	// The form's fields and the format's own come first; the rest follows as the module had it.
	const rest = Object.fromEntries(
		Object.entries(content.rest ?? {}).filter(
			([key]) => !['format', 'id', 'language', 'source'].includes(key)
		)
	);
	const { publishers, ...more } = obj(source);
	const [first, ...others] = Array.isArray(publishers) ? (publishers as unknown[]) : [];
	return {
		format: 1,
		id: typeof id === 'string' ? id : slugOf(a.title || 'my-module'),
		title: a.title,
		summary: a.summary,
		language: typeof language === 'string' ? language : 'en',
		source: {
			headline: a.headline,
			author: a.author,
			publishers: [
				Object.assign({ name: '', role: 'original' }, obj(first), { name: a.publisher }),
				...others
			],
			date: a.date,
			kind: a.kind,
			copyright: a.copyright,
			...more
		},
		actors: [],
		events: [],
		questions: [],
		...rest
	};
}
