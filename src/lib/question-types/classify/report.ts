import type { QuestionReport } from '../contract';
import type { ClassifyShape } from './kind';
import { quizText } from '$lib/messages/quiz';
import { teacherText } from '$lib/messages/teacher';

export const classifyReport: QuestionReport<ClassifyShape> = {
	parts: true,
	lines: (q, a) =>
		q.statements.map((s) => {
			const given = a.kinds[s.id];
			const right = given === s.answer;
			return {
				key: `${s.id}=${given ?? ''}`,
				part: s.text,
				text: given ? quizText.classifyKinds[given] : teacherText.noAnswer,
				right,
				...(right ? {} : { expected: quizText.classifyKinds[s.answer] })
			};
		})
};
