import nlp from 'compromise';
import type { ActorKind } from './actors';

/** A name the text uses that may be an actor: offered to the author, never added by itself. */
export interface NameSuggestion {
	words: string;
	/** What the NLP package took it for; the kind is only the author's starting point. */
	what: 'person' | 'organisation' | 'place';
	kind: ActorKind;
}

const KINDS = { person: 'person', organisation: 'group', place: 'state' } as const;

/** A match as the text writes the name: without the punctuation and the possessive after it. */
const clean = (words: string) =>
	words
		.replace(/[’']s$/u, '')
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
		.replace(/[’']s$/u, '')
		.trim();

const escape = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The people, organisations and places the text names, as found by compromise, each once and
 * as the text writes it (whole words, with their capitals), in the order the text first uses
 * them, leaving out names in `known` (the actors' names and other spellings, and any the author
 * dismissed).
 */
export function suggestNames(text: string, known: readonly string[]): NameSuggestion[] {
	const doc = nlp(text);
	const matches = (list: string[], what: NameSuggestion['what']) =>
		list.flatMap((m) => m.split(/,\s+/).map((w) => ({ words: clean(w), what })));
	const found = [
		...matches(doc.people().not('#Honorific').out('array') as string[], 'person'),
		...matches(doc.organizations().out('array') as string[], 'organisation'),
		...matches(doc.places().out('array') as string[], 'place')
	];

	const seen = new Set(known);
	const named = found.flatMap((f) => {
		// Names start with a capital; a lone word the text uses in lower case is none.
		if (!/^\p{Lu}/u.test(f.words) || f.words.length < 2 || seen.has(f.words)) return [];
		const at = text.search(
			new RegExp(`(?<![\\p{L}\\p{N}])${escape(f.words)}(?![\\p{L}\\p{N}])`, 'u')
		);
		if (at < 0) return [];
		seen.add(f.words);
		return [{ words: f.words, what: f.what, kind: KINDS[f.what], at }];
	});
	return named.sort((a, b) => a.at - b.at).map(({ words, what, kind }) => ({ words, what, kind }));
}
