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

export const fill: QuestionKind<FillShape> = {
	type: 'fill',
	isCorrect(q, a) {
		const given = normalizeTyped(a.text);
		return given !== '' && q.accept.some((x) => normalizeTyped(x) === given);
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
