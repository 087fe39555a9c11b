import type { QuestionReport } from '../contract';
import type { OrderShape } from './kind';
import { quizText } from '$lib/messages/quiz';

export const orderReport: QuestionReport<OrderShape> = {
	parts: true,
	// In the student's order: each item at the place they gave it, right if it belongs there.
	lines: (q, a) =>
		a.items.flatMap((id, at) => {
			const belongs = q.items.findIndex((it) => it.id === id);
			if (belongs < 0) return [];
			const right = belongs === at;
			return [
				{
					key: `${id}@${at}`,
					part: q.items[belongs]!.text,
					text: quizText.orderPlace(at + 1),
					right,
					...(right ? {} : { expected: quizText.orderPlace(belongs + 1) })
				}
			];
		})
};
