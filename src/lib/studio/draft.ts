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

/** The parts of the module that name a section by its id: the lists, then each actor's list. */
const NAMED_BY_SECTION = ['events', 'relations', 'background', 'questions'];

/**
 * The module's data with every reference to section `from` made to `to`: a section whose id
 * changes, or that is joined to the one before, takes its questions and events with it.
 */
function sectionRenamed(rest: DraftContent['rest'], from: string, to: string) {
	if (!rest || from === to) return rest;
	type Entry = Record<string, unknown>;
	const isEntry = (x: unknown): x is Entry => !!x && typeof x === 'object';
	const out: Record<string, unknown> = { ...rest };
	for (const key of NAMED_BY_SECTION) {
		const list = out[key];
		if (Array.isArray(list))
			out[key] = list.map((x) => (isEntry(x) && x.section === from ? { ...x, section: to } : x));
	}
	if (Array.isArray(out.actors))
		out.actors = out.actors.map((a) =>
			isEntry(a) && Array.isArray(a.sections)
				? { ...a, sections: [...new Set(a.sections.map((s) => (s === from ? to : s)))] }
				: a
		);
	return out;
}

/** Starts a section at paragraph `at`, or (where one starts there) joins it to the one before. */
export function toggleBreak(content: DraftContent, at: number): DraftContent {
	if (at <= 0 || at >= content.paragraphs.length) return content;
	const joined = content.sections.findIndex((s) => s.at === at);
	if (joined > 0)
		return {
			...content,
			sections: content.sections.filter((_, i) => i !== joined),
			rest: sectionRenamed(
				content.rest,
				content.sections[joined]!.id,
				content.sections[joined - 1]!.id
			)
		};
	const added = {
		at,
		title: '',
		id: uniqueId(
			`section-${content.sections.length + 1}`,
			content.sections.map((s) => s.id)
		)
	};
	const sections = [...content.sections, added].sort((a, b) => a.at - b.at);
	return { ...content, sections, rest: splitOff(content, sections, added) };
}

/**
 * After a break, what the section's new part alone says (every sentence of its evidence is
 * there) goes with it: a question about the paragraphs after the break is asked after them.
 */
function splitOff(
	content: DraftContent,
	sections: readonly DraftSection[],
	added: DraftSection
): DraftContent['rest'] {
	const i = sections.indexOf(added);
	const from = sections[i - 1]!.id;
	const end = sections[i + 1]?.at ?? content.paragraphs.length;
	const there = new Set(content.paragraphs.slice(added.at, end).flatMap(sentencesOf));
	const moves = (x: unknown): x is Record<string, unknown> & { evidence: string[] } => {
		const e = x as { section?: unknown; evidence?: unknown };
		return (
			!!x &&
			e.section === from &&
			Array.isArray(e.evidence) &&
			e.evidence.length > 0 &&
			e.evidence.every((q) => there.has(q))
		);
	};
	if (!content.rest) return content.rest;
	const out: Record<string, unknown> = { ...content.rest };
	for (const key of NAMED_BY_SECTION) {
		const list = out[key];
		if (Array.isArray(list))
			out[key] = list.map((x) => (moves(x) ? { ...x, section: added.id } : x));
	}
	return out;
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
	const [before, after] = [content.sections[index]?.id, sections[index]?.id];
	const rest = before && after ? sectionRenamed(content.rest, before, after) : content.rest;
	return { ...content, sections, rest };
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
