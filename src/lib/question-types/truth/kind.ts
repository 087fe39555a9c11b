import type { QuestionKind, Shape, WithEvidence } from '../contract';
import type { TruthAnswer } from './answer';
import type { TruthFile } from './build';
import { quizText } from '$lib/messages/quiz';

export type TruthQuestion = WithEvidence<TruthFile>;
export type TruthShape = Shape<TruthFile, TruthQuestion, TruthAnswer>;

export const truth: QuestionKind<TruthShape> = {
	type: 'truth',
	isCorrect: (q, a) => a.value === q.answer,
	isComplete: () => true,
	describeKey: (q) => [quizText.truth[q.answer]],
	feedbackFor(q, a) {
		const text = a.value !== q.answer ? q.feedback?.[a.value] : undefined;
		return text ? [text] : [];
	}
};
