import type { QuestionReport } from '../contract';
import type { MultipleShape } from './kind';
import { teacherText } from '$lib/messages/teacher';

export const multipleReport: QuestionReport<MultipleShape> = {
	// An option chosen is a line, right if the key holds it; a right option left out is one too.
	lines: (q, a) =>
		q.options.flatMap((o) => {
			const chosen = a.choices.includes(o.id);
			const keyed = q.answer.includes(o.id);
			if (chosen) return [{ key: o.id, text: o.text, right: keyed }];
			return keyed
				? [{ key: `left-out:${o.id}`, text: teacherText.leftOut(o.text), right: false }]
				: [];
		})
};
