import type { QuestionKind, Shape, WithEvidence } from '../contract';
import { idRecord } from '$lib/module/id-record';
import type { ClassifyAnswer } from './answer';
import type { ClassifyFile } from './build';
import { quizText } from '$lib/messages/quiz';

export type ClassifyQuestion = WithEvidence<ClassifyFile>;
export type ClassifyShape = Shape<ClassifyFile, ClassifyQuestion, ClassifyAnswer>;

export const classify: QuestionKind<ClassifyShape> = {
	type: 'classify',
	isCorrect: (q, a) =>
		Object.keys(a.kinds).length === q.statements.length &&
		q.statements.every((s) => a.kinds[s.id] === s.answer),
	isComplete: (q, a) => q.statements.every((s) => !!a.kinds[s.id]),
	describeKey: (q) => q.statements.map((s) => `${s.text} → ${quizText.classifyKinds[s.answer]}`),
	partsOf: (q, a) =>
		idRecord(
			q.statements.map((s) => [
				s.id,
				{
					right: a.kinds[s.id] === s.answer,
					given: a.kinds[s.id] ?? '',
					key: quizText.classifyKinds[s.answer],
					...(s.feedback ? { feedback: s.feedback } : {})
				}
			])
		),
	feedbackFor: (q, a) =>
		q.statements.filter((s) => a.kinds[s.id] !== s.answer && s.feedback).map((s) => s.feedback!)
};
