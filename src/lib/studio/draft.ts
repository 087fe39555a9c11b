import { splitSentences } from '$lib/module/article';

/** The kinds of source the format knows (schema.ts, Source.kind). */
export const sourceKinds = ['news', 'opinion', 'analysis', 'feature'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** What a module says about itself and where its text comes from: the form at the top. */
export interface DraftAbout {
	title: string;
	summary: string;
	headline: string;
	author: string;
	publisher: string;
	/** As YYYY-MM-DD. */
	date: string;
	kind: SourceKind;
	copyright: string;
}

export interface DraftParagraph {
	text: string;
	/** A block quotation (`> ` in article.md). */
	quote: boolean;
}

/** A section: where it starts (a paragraph's index), its heading and the id the module uses. */
export interface DraftSection {
	at: number;
	title: string;
	id: string;
	/**
	 * The id as the module's data uses it, kept whatever the heading becomes; left out, the id
	 * follows the heading (a new section nothing refers to yet).
	 */
	fixed?: true;
}

/** A module as the studio holds it while a teacher writes it: what is kept, as it is kept. */
export interface StudioDraft {
	id: string;
	/** Version of this shape, so that a later studio can read an older draft. */
	shape: 1;
	createdAt: number;
	updatedAt: number;
	about: DraftAbout;
	paragraphs: DraftParagraph[];
	/** Ascending by `at`; the first starts at paragraph 0. */
	sections: DraftSection[];
	/**
	 * The rest of module.yaml, as the module opened in the studio had it (actors, events,
	 * questions…): kept and written back unchanged until the studio edits it.
	 */
	rest?: Record<string, unknown>;
}

/** The parts of a draft an edit changes, and undo brings back. */
export type DraftContent = Pick<StudioDraft, 'about' | 'paragraphs' | 'sections' | 'rest'>;

/** An id made of a title: lower-case words joined by hyphens, as the format wants. */
export function slugOf(title: string): string {
	return (
		title
			.toLowerCase()
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.split('-')
			.slice(0, 6)
			.join('-') || 'section'
	);
}

/** `base`, or `base-2`, `base-3`… when another section already has it. */
export function uniqueId(base: string, taken: readonly string[]): string {
	if (!taken.includes(base)) return base;
	let n = 2;
	while (taken.includes(`${base}-${n}`)) n++;
	return `${base}-${n}`;
}

/** The sentences of a paragraph, found as the app finds them for evidence and highlighting. */
export const sentencesOf = (p: DraftParagraph): string[] => splitSentences(p.text);

/** Starts a section at paragraph `at`, or (where one starts there) joins it to the one before. */
export function toggleBreak(content: DraftContent, at: number): DraftContent {
	if (at <= 0 || at >= content.paragraphs.length) return content;
	const sections = content.sections.some((s) => s.at === at)
		? content.sections.filter((s) => s.at !== at)
		: [
				...content.sections,
				{
					at,
					title: '',
					id: uniqueId(
						`section-${content.sections.length + 1}`,
						content.sections.map((s) => s.id)
					)
				}
			].sort((a, b) => a.at - b.at);
	return { ...content, sections };
}

/** Gives section `index` its heading; its id follows the heading, kept unique, unless fixed. */
export function setHeading(content: DraftContent, index: number, title: string): DraftContent {
	const others = content.sections.filter((_, i) => i !== index).map((s) => s.id);
	const sections = content.sections.map((s, i) =>
		i !== index
			? s
			: s.fixed
				? { ...s, title }
				: { ...s, title, id: uniqueId(slugOf(title || `section-${i + 1}`), others) }
	);
	return { ...content, sections };
}

export function setAbout<K extends keyof DraftAbout>(
	content: DraftContent,
	field: K,
	value: DraftAbout[K]
): DraftContent {
	return { ...content, about: { ...content.about, [field]: value } };
}

/**
 * The module's id, as the author writes it (the checker says what is wrong with it). Until it
 * is written, a new draft's id is made of its title, and a copy keeps the original's.
 */
export function setModuleId(content: DraftContent, id: string): DraftContent {
	return { ...content, rest: { ...content.rest, id } };
}

/** The paragraphs of each section, in order. */
export function sectionParagraphs(
	content: Pick<DraftContent, 'paragraphs' | 'sections'>
): DraftParagraph[][] {
	return content.sections.map((s, i) =>
		content.paragraphs.slice(s.at, content.sections[i + 1]?.at ?? content.paragraphs.length)
	);
}

export const emptyAbout = (): DraftAbout => ({
	title: '',
	summary: '',
	headline: '',
	author: '',
	publisher: '',
	date: '',
	kind: 'news',
	copyright: ''
});
