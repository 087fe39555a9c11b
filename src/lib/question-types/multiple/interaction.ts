import type { QuestionInteraction } from '../contract';
import type { MultipleShape } from './kind';

// In a fixed order, so that the same choices are one response in the LMS's counts.
export const multipleInteraction: QuestionInteraction<MultipleShape> = {
	response: (q, a) => ({ type: 'choice', ids: [...a.choices].sort() }),
	correct: (q) => ({ type: 'choice', ids: [...q.answer].sort() })
};
