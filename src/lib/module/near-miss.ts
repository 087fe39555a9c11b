import type { Section } from './types';

/** Where a quote that is not in the text comes closest to it, and the first character that differs. */
export interface NearMiss {
	sentence: string;
	/** 1-based position in the quote of the first character that differs. */
	column: number;
	/** The quote's character there, and the article's (empty at the end of either). */
	ours: string;
	theirs: string;
}

const sharedPrefix = (a: string, b: string) => {
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	return i;
};

/**
 * The sentence of the section a quote most likely copies: the one it shares the longest start
 * with, from wherever the quote's first words appear. Null when nothing in the section is close.
 */
export function nearMiss(section: Section, quote: string): NearMiss | null {
	const needle = quote.trim();
	let best: { sentence: string; shared: number; rest: string } | null = null;
	for (const p of section.paragraphs) {
		const text = p.sentences.map((s) => s.text).join(' ');
		for (const s of p.sentences) {
			// The quote may start inside a sentence and run on into the next one.
			const from = text.indexOf(s.text);
			for (let i = 0; i < s.text.length; i++) {
				const rest = text.slice(from + i);
				const shared = sharedPrefix(needle, rest);
				if (shared > (best?.shared ?? 0)) best = { sentence: s.text, shared, rest };
			}
		}
	}
	// Fewer than two words in common is not a near miss.
	if (!best || best.shared < Math.min(12, needle.length)) return null;
	return {
		sentence: best.sentence,
		column: best.shared + 1,
		ours: needle[best.shared] ?? '',
		theirs: best.rest[best.shared] ?? ''
	};
}

/** A character as an author can tell it apart: curly and straight quotes look alike. */
export function describeChar(c: string): string {
	if (!c) return 'the end';
	const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
	return c === ' ' ? `a space (${code})` : `“${c}” (${code})`;
}
