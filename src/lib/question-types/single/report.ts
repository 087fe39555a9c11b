import type { QuestionReport } from '../contract';
import type { SingleShape } from './kind';

export const singleReport: QuestionReport<SingleShape> = {
	lines: (q, a) => [
		{
			key: a.choice,
			text: q.options.find((o) => o.id === a.choice)?.text ?? a.choice,
			right: a.choice === q.answer
		}
	]
};
