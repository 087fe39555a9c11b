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
}

/** The parts of a draft an edit changes, and undo brings back. */
export type DraftContent = Pick<StudioDraft, 'about' | 'paragraphs' | 'sections'>;

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
function uniqueId(base: string, taken: readonly string[]): string {
	if (!taken.includes(base)) return base;
	let n = 2;
	while (taken.includes(`${base}-${n}`)) n++;
	return `${base}-${n}`;
}

const heading = /^#{1,6}\s+(.*?)\s*(?:\{#[^}]*\})?\s*$/;

/**
 * Paragraphs and headings of a pasted text or a .txt / .md file. Blank lines part paragraphs;
 * where a text has none (a copy from a web page often has one line per paragraph), each line is
 * one. A Markdown heading (`## …`) starts a section; `> ` marks a block quotation.
 */
export function readText(text: string): {
	title: string;
	paragraphs: DraftParagraph[];
	headings: DraftSection[];
} {
	const lines = text
		.replace(/\r\n?/g, '\n')
		.replace(/\u00a0/g, ' ')
		.split('\n');
	const blankParted = lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1);
	const paragraphs: DraftParagraph[] = [];
	const headings: DraftSection[] = [];
	let title = '';
	let block: string[] = [];
	const flush = () => {
		const joined = block.join(' ').replace(/\s+/g, ' ').trim();
		block = [];
		if (!joined) return;
		const quote = joined.startsWith('>');
		paragraphs.push({ text: quote ? joined.replace(/^>\s*/, '') : joined, quote });
	};
	for (const raw of lines) {
		const line = raw.trim();
		const h = heading.exec(line);
		if (h) {
			flush();
			const words = h[1]!.trim();
			// A "# " heading before any text is the article's own title, not a section's.
			if (line.startsWith('# ') && !paragraphs.length && !headings.length && !title) title = words;
			else if (words)
				headings.push({
					at: paragraphs.length,
					title: words,
					id: uniqueId(
						slugOf(words),
						headings.map((s) => s.id)
					)
				});
		} else if (line !== '') {
			// A quotation's later lines carry their own "> ": one mark per paragraph.
			block.push(block.length ? line.replace(/^>\s*/, '') : line);
			if (!blankParted) flush();
		} else flush();
	}
	flush();
	return { title, paragraphs, headings };
}

/**
 * Where the sections of a text start: its headings, or one untitled section from the start. A
 * heading with no paragraph after it, or a second one before the same paragraph, is dropped.
 */
function sectionsOf(headings: DraftSection[], paragraphs: number): DraftSection[] {
	const kept = headings.filter((h, i) => h.at < paragraphs && headings[i + 1]?.at !== h.at);
	if (kept[0]?.at === 0) return kept;
	return [
		{
			at: 0,
			title: '',
			id: uniqueId(
				'section-1',
				kept.map((s) => s.id)
			)
		},
		...kept
	];
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

/** A new draft of a text; the title is the text's first heading, where it has one. */
export function draftFromText(text: string, id: string, now: number): StudioDraft {
	const { title, paragraphs, headings } = readText(text);
	const sections = sectionsOf(headings, paragraphs.length);
	return {
		id,
		shape: 1,
		createdAt: now,
		updatedAt: now,
		about: { ...emptyAbout(), title, headline: title },
		paragraphs,
		sections
	};
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

/** Gives section `index` its heading; its id follows the heading, kept unique. */
export function setHeading(content: DraftContent, index: number, title: string): DraftContent {
	const others = content.sections.filter((_, i) => i !== index).map((s) => s.id);
	const sections = content.sections.map((s, i) =>
		i === index ? { ...s, title, id: uniqueId(slugOf(title || `section-${i + 1}`), others) } : s
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

/** The paragraphs of each section, in order. */
export function sectionParagraphs(content: DraftContent): DraftParagraph[][] {
	return content.sections.map((s, i) =>
		content.paragraphs.slice(s.at, content.sections[i + 1]?.at ?? content.paragraphs.length)
	);
}

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

/** The draft's module.yaml, as data: what the checker reads and the export writes. */
export function moduleDataOf(content: DraftContent) {
	const a = content.about;
	return {
		format: 1,
		id: slugOf(a.title || 'my-module'),
		title: a.title,
		summary: a.summary,
		language: 'en',
		source: {
			headline: a.headline,
			author: a.author,
			publishers: [{ name: a.publisher, role: 'original' }],
			date: a.date,
			kind: a.kind,
			copyright: a.copyright
		},
		actors: [],
		events: [],
		questions: []
	};
}
