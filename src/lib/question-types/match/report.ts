import type { QuestionReport } from '../contract';
import type { MatchShape } from './kind';
import { teacherText } from '$lib/messages/teacher';

export const matchReport: QuestionReport<MatchShape> = {
	parts: true,
	lines: (q, a) =>
		q.pairs.map((p) => {
			const given = a.pairs[p.id] ?? '';
			const right = given === p.id;
			return {
				key: `${p.id}=${given}`,
				part: p.left,
				text: q.choices.find((c) => c.id === given)?.text ?? teacherText.noAnswer,
				right,
				...(right ? {} : { expected: p.right })
			};
		})
};
