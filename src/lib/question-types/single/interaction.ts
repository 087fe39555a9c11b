import type { QuestionInteraction } from '../contract';
import type { SingleShape } from './kind';

export const singleInteraction: QuestionInteraction<SingleShape> = {
	response: (q, a) => ({ type: 'choice', ids: [a.choice] }),
	correct: (q) => ({ type: 'choice', ids: [q.answer] })
};
