import type { Paragraph, Section } from './types';

export interface ArticleProblem {
	line: number;
	message: string;
}

const heading = /^##\s+(.+?)\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/** A section id made from a heading: lower-case words joined by hyphens. */
const slugOf = (title: string) =>
	title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '') || 'section';

/** Splits a paragraph into sentences with the platform's own sentence rules. */
export function splitSentences(text: string): string[] {
	const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
	return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
}

/**
 * Parses a module's article.md: `## Heading {#id}` starts a section, blank lines separate
 * paragraphs, `> ` marks a block quotation. Anything else is plain text: no Markdown is
 * interpreted, so nothing in the article can become markup.
 */
export function parseArticle(source: string): { sections: Section[]; problems: ArticleProblem[] } {
	const sections: Section[] = [];
	const problems: ArticleProblem[] = [];
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	let pending: { text: string[]; line: number } | null = null;
	// Sections whose heading is already reported: nothing more is said about them.
	const broken = new Set<string>();

	const flush = () => {
		if (!pending) return;
		const section = sections.at(-1);
		let text = pending.text.join(' ').trim();
		pending = null;
		if (!section) {
			problems.push({ line: 1, message: 'text before the first section heading' });
			return;
		}
		const quote = text.startsWith('>');
		if (quote) text = text.replace(/^>\s*/, '');
		const p = section.paragraphs.length + 1;
		const paragraph: Paragraph = {
			quote,
			sentences: splitSentences(text).map((t, i) => ({
				id: `${section.id}-${p}-${i + 1}`,
				text: t
			}))
		};
		section.paragraphs.push(paragraph);
	};

	lines.forEach((raw, index) => {
		const line = raw.trim();
		const lineNumber = index + 1;
		if (line.startsWith('#')) {
			flush();
			const match = heading.exec(line);
			let title: string;
			let id: string;
			if (match) [, title, id] = match as unknown as [string, string, string];
			else {
				// Still a section, so that the text after it is not blamed on the one before.
				title = line.replace(/^#+\s*/, '').replace(/\s*\{[^}]*\}\s*$/, '');
				id = slugOf(title);
				broken.add(id);
				problems.push({
					line: lineNumber,
					message: `a section heading reads "## Title {#section-id}": write "## ${title} {#${id}}" (or the id your module.yaml uses)`
				});
			}
			if (sections.some((s) => s.id === id)) {
				problems.push({ line: lineNumber, message: `section id "${id}" is used twice` });
			}
			sections.push({ id, number: sections.length + 1, title, paragraphs: [] });
		} else if (line === '') {
			flush();
		} else {
			pending ??= { text: [], line: lineNumber };
			pending.text.push(
				line.startsWith('>') && pending.text.length > 0 ? line.slice(1).trim() : line
			);
		}
	});
	flush();

	if (sections.length === 0)
		problems.push({ line: 1, message: 'no sections: start one with "## Title {#id}"' });
	for (const s of sections) {
		if (s.paragraphs.length === 0 && !broken.has(s.id))
			problems.push({ line: 1, message: `section "${s.id}" has no text` });
	}
	return { sections, problems };
}

/** The plain text of a paragraph, as the reader sees it. */
export function paragraphText(p: Paragraph): string {
	return p.sentences.map((s) => s.text).join(' ');
}

/**
 * Finds the sentences a verbatim quote covers, or null when the quote is not in the section.
 * A quote must lie within one paragraph.
 */
export function locateQuote(section: Section, quote: string): string[] | null {
	const needle = quote.trim();
	for (const p of section.paragraphs) {
		const text = paragraphText(p);
		const start = text.indexOf(needle);
		if (start < 0) continue;
		const end = start + needle.length;
		const ids: string[] = [];
		let offset = 0;
		for (const s of p.sentences) {
			const sStart = offset;
			const sEnd = offset + s.text.length;
			if (sStart < end && sEnd > start) ids.push(s.id);
			offset = sEnd + 1;
		}
		return ids;
	}
	return null;
}
