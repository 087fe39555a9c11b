import type { QuestionReport } from '../contract';
import type { TruthShape } from './kind';
import { quizText } from '$lib/messages/quiz';

export const truthReport: QuestionReport<TruthShape> = {
	// Every truth question shares its prompt: the statement is what tells them apart.
	title: (q) => `${q.prompt} “${q.statement}”`,
	lines: (q, a) => [{ key: a.value, text: quizText.truth[a.value], right: a.value === q.answer }]
};
