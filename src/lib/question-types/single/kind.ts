import type { QuestionKind, Shape, WithEvidence } from '../contract';
import type { SingleAnswer } from './answer';
import type { SingleFile } from './build';

export type SingleQuestion = WithEvidence<SingleFile>;
export type SingleShape = Shape<SingleFile, SingleQuestion, SingleAnswer>;

export const single: QuestionKind<SingleShape> = {
	type: 'single',
	isCorrect: (q, a) => a.choice === q.answer,
	isComplete: (_q, a) => a.choice !== '',
	describeKey: (q) => q.options.filter((o) => o.id === q.answer).map((o) => o.text),
	feedbackFor: (q, a) =>
		q.options
			.filter((o) => o.id === a.choice && o.id !== q.answer && o.feedback)
			.map((o) => o.feedback!)
};
