import type { QuestionKind, Shape, WithEvidence } from '../contract';
import type { MultipleAnswer } from './answer';
import type { MultipleFile } from './build';

export type MultipleQuestion = WithEvidence<MultipleFile>;
export type MultipleShape = Shape<MultipleFile, MultipleQuestion, MultipleAnswer>;

const sameSet = (a: string[], b: string[]) =>
	a.length === b.length && new Set(a).size === a.length && a.every((x) => b.includes(x));

export const multiple: QuestionKind<MultipleShape> = {
	type: 'multiple',
	isCorrect: (q, a) => sameSet(a.choices, q.answer),
	isComplete: (_q, a) => a.choices.length > 0,
	describeKey: (q) => q.options.filter((o) => q.answer.includes(o.id)).map((o) => o.text),
	// A wrong part is an option chosen that is wrong, or a right one left out.
	feedbackFor: (q, a) =>
		q.options
			.filter((o) => a.choices.includes(o.id) !== q.answer.includes(o.id) && o.feedback)
			.map((o) => o.feedback!)
};
