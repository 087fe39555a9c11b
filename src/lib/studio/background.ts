import { slugOf, uniqueId, type DraftContent } from './draft';
import type { DraftSentence } from './events';
import { obj, str } from './read';

/** An earlier date the article mentions, shown on the timeline as background. */
export interface DraftBackground {
	[field: string]: unknown;
	id: string;
	title: string;
	/** As the article dates it ("nearly four decades ago"). */
	when: string;
	/** For ordering the timeline; the words typed while they are not a whole number yet. */
	year: number | string;
	section: string;
	evidence: string[];
}

export function backgroundOf(content: DraftContent): DraftBackground[] {
	const list = content.rest?.background;
	return (Array.isArray(list) ? list : []).map((x) => {
		const b = obj(x);
		return {
			...b,
			id: str(b.id),
			title: str(b.title),
			when: str(b.when),
			year: typeof b.year === 'number' || typeof b.year === 'string' ? b.year : '',
			section: str(b.section),
			evidence: Array.isArray(b.evidence) ? b.evidence.map(str) : []
		};
	});
}

const withBackground = (content: DraftContent, background: DraftBackground[]): DraftContent => ({
	...content,
	rest: { ...content.rest, background }
});

/** A year the sentence names (1000 to 2099), the first one; empty when it names none. */
export function yearIn(sentence: string): number | '' {
	const found = /(?<![\d,.])(1\d\d\d|20\d\d)(?![\d,.]\d|\d)/.exec(sentence);
	return found ? Number(found[0]) : '';
}

/**
 * Background taken from a sentence: its section and evidence are the sentence's, and the year
 * (and "when") the sentence names are offered; the author writes its title.
 */
export function addBackground(content: DraftContent, sentence: DraftSentence): DraftContent {
	const items = backgroundOf(content);
	const year = yearIn(sentence.text);
	const id = uniqueId(
		slugOf(`${sentence.text.split(/\s+/).slice(0, 4).join(' ')} ${year}`),
		items.map((b) => b.id)
	);
	return withBackground(content, [
		...items,
		{
			id,
			title: '',
			when: year === '' ? '' : String(year),
			year,
			section: sentence.section,
			evidence: [sentence.text]
		}
	]);
}

export function setBackground<K extends 'title' | 'when' | 'year'>(
	content: DraftContent,
	index: number,
	field: K,
	value: DraftBackground[K]
): DraftContent {
	return withBackground(
		content,
		backgroundOf(content).map((b, i) => (i === index ? { ...b, [field]: value } : b))
	);
}

/** A whole year as typed: a number once it is one, else the words, for the checks to name. */
export function yearTyped(typed: string): number | string {
	return /^-?\d{1,4}$/.test(typed.trim()) ? Number(typed.trim()) : typed;
}

export function removeBackground(content: DraftContent, index: number): DraftContent {
	return withBackground(
		content,
		backgroundOf(content).filter((_, i) => i !== index)
	);
}
