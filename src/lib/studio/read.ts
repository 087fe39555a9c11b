import {
	emptyAbout,
	slugOf,
	sourceKinds,
	uniqueId,
	type DraftParagraph,
	type DraftSection,
	type StudioDraft
} from './draft';

const heading = /^#{1,6}\s+(.*?)\s*(?:\{#([a-z0-9-]*)\})?\s*$/;

/**
 * Paragraphs and headings of a pasted text or a .txt / .md file. Blank lines part paragraphs;
 * where a text has none (a copy from a web page often has one line per paragraph), each line is
 * one. A Markdown heading (`## …`) starts a section; `> ` marks a block quotation.
 */
export function readText(
	text: string,
	/** Read as article.md is read (parseArticle): a module's text must stay as it is, byte for byte. */
	verbatim = false
): {
	title: string;
	paragraphs: DraftParagraph[];
	headings: DraftSection[];
} {
	const normal = text.replace(/\r\n?/g, '\n');
	const lines = (verbatim ? normal : normal.replace(/\u00a0/g, ' ')).split('\n');
	const blankParted =
		verbatim || lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1);
	const paragraphs: DraftParagraph[] = [];
	const headings: DraftSection[] = [];
	let title = '';
	let block: string[] = [];
	const flush = () => {
		const joined = verbatim ? block.join(' ').trim() : block.join(' ').replace(/\s+/g, ' ').trim();
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
			else if (words) {
				const taken = headings.map((s) => s.id);
				// An id the heading gives ({#id}, as in article.md) is the module's: it stays.
				const given = h[2] && !taken.includes(h[2]) ? h[2] : null;
				headings.push({
					at: paragraphs.length,
					title: words,
					id: given ?? uniqueId(slugOf(words), taken),
					...(given ? { fixed: true as const } : {})
				});
			}
		} else if (line !== '') {
			// A quotation's later lines carry their own "> ": one mark per paragraph.
			block.push(block.length && !verbatim ? line.replace(/^>\s*/, '') : line);
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
		rest: {},
		paragraphs,
		sections
	};
}

export const str = (x: unknown) => (typeof x === 'string' ? x : '');
export const obj = (x: unknown): Record<string, unknown> =>
	x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {};

/**
 * A draft of a module that exists: its article.md and its module.yaml's data. The form takes the
 * fields it shows; everything else is kept in `rest` and written back as it was.
 */
const byOrder = (events: unknown[]) =>
	[...events].sort((a, b) => {
		const order = (x: unknown) => {
			const n = obj(x).order;
			return typeof n === 'number' ? n : 0;
		};
		return order(a) - order(b);
	});

export function draftFromModule(
	article: string,
	data: Record<string, unknown>,
	id: string,
	now: number
): StudioDraft {
	const { paragraphs, headings } = readText(article, true);
	const { title, summary, ...rest } = data;
	const { headline, author, date, kind, copyright, ...source } = obj(data.source);
	const publishers = Array.isArray(source.publishers) ? (source.publishers as unknown[]) : [];
	const known = sourceKinds.find((k) => k === kind);
	return {
		id,
		shape: 1,
		createdAt: now,
		updatedAt: now,
		about: {
			title: str(title),
			summary: str(summary),
			headline: str(headline),
			author: str(author),
			publisher: str(obj(publishers[0]).name),
			date: str(date),
			kind: known ?? 'news',
			copyright: str(copyright)
		},
		paragraphs,
		sections: sectionsOf(headings, paragraphs.length),
		// The source's other fields (more publishers, a note, the perspective) stay as they were.
		// The events are listed as the studio shows them, in the story's order, so that the
		// checker's paths into the list point at the event the studio shows there.
		rest: {
			...rest,
			source,
			...(Array.isArray(rest.events) ? { events: byOrder(rest.events) } : {})
		}
	};
}
