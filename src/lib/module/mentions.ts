import type { Link, Section } from './types';

/** A word or name to find in the text, and what it opens. */
export interface Form {
	text: string;
	target: { actor: string } | { term: string };
}

const wordChar = /[\p{L}\p{N}]/u;

const swapFirst = (s: string) =>
	s.charAt(0) === s.charAt(0).toUpperCase()
		? s.charAt(0).toLowerCase() + s.slice(1)
		: s.charAt(0).toUpperCase() + s.slice(1);

/** Every whole-word occurrence of `form` in `text`, as [start, end) offsets. */
function occurrences(text: string, form: Form): [number, number][] {
	// Names keep their case ("Iran", not "iran"), but a name may open a sentence ("The Islamists").
	// Glossary words are ordinary words and match in any case.
	const haystack = 'term' in form.target ? text.toLowerCase() : text;
	const needles =
		'term' in form.target ? [form.text.toLowerCase()] : [form.text, swapFirst(form.text)];
	const found: [number, number][] = [];
	for (const [k, needle] of [...new Set(needles)].entries()) {
		if (!needle) continue;
		let at = haystack.indexOf(needle);
		while (at >= 0) {
			const end = at + needle.length;
			const before = at > 0 ? text.charAt(at - 1) : '';
			const after = text.charAt(end);
			const opens = !wordChar.test(text.slice(0, at));
			if (!wordChar.test(before) && !wordChar.test(after) && (k === 0 || opens))
				found.push([at, end]);
			at = haystack.indexOf(needle, at + 1);
		}
	}
	return found;
}

/**
 * Finds the mentions of actors and glossary terms in one sentence. Where two overlap, the one
 * that starts first wins, then the longer ("Iraqi army" over "army"), then the actor.
 */
export function findLinks(text: string, forms: readonly Form[], idPrefix: string): Link[] {
	const candidates = forms.flatMap((form) =>
		occurrences(text, form).map(([start, end]) => ({ start, end, target: form.target }))
	);
	candidates.sort(
		(a, b) =>
			a.start - b.start ||
			b.end - b.start - (a.end - a.start) ||
			Number('term' in a.target) - Number('term' in b.target)
	);
	const links: Link[] = [];
	let reached = 0;
	for (const c of candidates) {
		if (c.start < reached) continue;
		links.push({ id: `${idPrefix}-${links.length + 1}`, start: c.start, end: c.end, ...c.target });
		reached = c.end;
	}
	return links;
}

/** Adds the links to every sentence of the sections, in place. */
export function linkSections(sections: Section[], forms: readonly Form[]): void {
	for (const section of sections) {
		for (const paragraph of section.paragraphs) {
			for (const sentence of paragraph.sentences) {
				const links = findLinks(sentence.text, forms, `m-${sentence.id}`);
				if (links.length) sentence.links = links;
			}
		}
	}
}

/** Whether a form occurs anywhere in the sections, even where a longer mention covers it. */
export function occursIn(sections: Section[], form: Form): boolean {
	return sections.some((s) =>
		s.paragraphs.some((p) => p.sentences.some((t) => occurrences(t.text, form).length > 0))
	);
}

/** A glossary term as an id: "Sunni and Shia (Shiite)" → "sunni-and-shia-shiite". */
export function termId(term: string): string {
	return term
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '');
}
