import { quizText } from '$lib/messages/quiz';
import type { QuestionKind, Shape, WithEvidence } from '../contract';
import type { FillAnswer } from './answer';
import type { FillFile } from './build';

export type FillQuestion = WithEvidence<FillFile>;
export type FillShape = Shape<FillFile, FillQuestion, FillAnswer>;

/** Lower-cases, strips accents and punctuation at the ends, and folds runs of white space. */
export function normalizeTyped(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/\s+/g, ' ')
		.replace(/^[\s"'.,;:!?]+|[\s"'.,;:!?]+$/g, '');
}

/** Letters an answer needs before one letter off still counts: short words have neighbours. */
const CLOSE_FROM = 6;
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/**
 * Whether `typed` is `key` with one letter added, dropped or changed. A digit never counts as a
 * slip: "35 billion" is another number, not a misspelling of "25 billion".
 */
export function oneLetterOff(typed: string, key: string): boolean {
	const [t, k] = [Array.from(typed), Array.from(key)];
	if (k.filter(isLetter).length < CLOSE_FROM || Math.abs(t.length - k.length) > 1) return false;
	let i = 0;
	while (i < t.length && t[i] === k[i]) i++;
	const rest = (xs: string[], from: number) => xs.slice(from).join('');
	if (t.length === k.length)
		return i < t.length && isLetter(t[i]) && isLetter(k[i]) && rest(t, i + 1) === rest(k, i + 1);
	return t.length > k.length
		? isLetter(t[i]) && rest(t, i + 1) === rest(k, i)
		: isLetter(k[i]) && rest(t, i) === rest(k, i + 1);
}

/** The accepted answer a typed one stands for: the same, or (failing that) one letter off. */
function matchOf(q: FillQuestion, text: string): { key: string; exact: boolean } | null {
	const given = normalizeTyped(text);
	if (given === '') return null;
	const exact = q.accept.find((x) => normalizeTyped(x) === given);
	if (exact !== undefined) return { key: exact, exact: true };
	const close = q.accept.find((x) => oneLetterOff(given, normalizeTyped(x)));
	return close === undefined ? null : { key: close, exact: false };
}

export const fill: QuestionKind<FillShape> = {
	type: 'fill',
	isCorrect: (q, a) => matchOf(q, a.text) !== null,
	rightNote(q, a) {
		const match = matchOf(q, a.text);
		return match && !match.exact ? quizText.spelledAs(match.key) : null;
	},
	isComplete: (_q, a) => a.text.trim() !== '',
	typed: true,
	describeKey: (q) => q.accept.slice(0, 1),
	blank(q) {
		// The build checked that the prompt has exactly one blank.
		const [before = '', after = ''] = q.prompt.split('___');
		return [before, after];
	}
};
