import type { DraftContent } from './draft';
import { obj, str } from './read';

/** A glossary entry as module.yaml writes it. */
export interface DraftTerm {
	[field: string]: unknown;
	term: string;
	definition: string;
	/** The words in the article that open the entry; the term itself when left out. */
	forms?: string[];
	actor?: string;
}

export function termsOf(content: DraftContent): DraftTerm[] {
	const list = content.rest?.glossary;
	return (Array.isArray(list) ? list : []).map((x) => {
		const g = obj(x);
		const term: DraftTerm = { ...g, term: str(g.term), definition: str(g.definition) };
		if (Array.isArray(g.forms)) term.forms = g.forms.map(str);
		else delete term.forms;
		return term;
	});
}

/** The words in the text that open an entry. */
export const formsOf = (t: DraftTerm): string[] => t.forms ?? [t.term];

const withTerms = (content: DraftContent, glossary: DraftTerm[]): DraftContent => ({
	...content,
	rest: { ...content.rest, glossary }
});

const taken = (terms: readonly DraftTerm[], words: string) =>
	terms.some((t) => t.term.toLowerCase() === words.toLowerCase() || formsOf(t).includes(words));

/** Adds a term as the article writes it; words already a term or a form of one add nothing. */
export function addTerm(content: DraftContent, words: string): DraftContent {
	const terms = termsOf(content);
	if (!words || taken(terms, words)) return content;
	return withTerms(content, [...terms, { term: words, definition: '' }]);
}

export function setTerm(
	content: DraftContent,
	index: number,
	field: 'term' | 'definition',
	value: string
): DraftContent {
	return withTerms(
		content,
		termsOf(content).map((t, i) => (i === index ? { ...t, [field]: value } : t))
	);
}

/**
 * Adds other words the article uses for term `index` ("Kurdish fighters" for "peshmerga"). Once
 * an entry has forms they are all its words, so the term itself is listed first.
 */
export function addForm(content: DraftContent, index: number, words: string): DraftContent {
	const terms = termsOf(content);
	const t = terms[index];
	if (!t || !words || formsOf(t).includes(words)) return content;
	return withTerms(
		content,
		terms.map((x, i) => (i === index ? { ...x, forms: [...formsOf(x), words] } : x))
	);
}

/** Takes words out of an entry's forms; the last one stays, or the entry would open nowhere. */
export function removeForm(content: DraftContent, index: number, words: string): DraftContent {
	return withTerms(
		content,
		termsOf(content).map((x, i) => {
			if (i !== index) return x;
			const forms = formsOf(x).filter((w) => w !== words);
			if (!forms.length) return x;
			const next: DraftTerm = { ...x, forms };
			// Only the term left: the entry needs no forms.
			if (forms.length === 1 && forms[0] === x.term) delete next.forms;
			return next;
		})
	);
}

export function removeTerm(content: DraftContent, index: number): DraftContent {
	return withTerms(
		content,
		termsOf(content).filter((_, i) => i !== index)
	);
}
