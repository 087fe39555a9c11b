import type { QuestionInteraction } from '../contract';
import type { LocateShape } from './kind';

export const locateInteraction: QuestionInteraction<LocateShape> = {
	response: (q, a) => ({ type: 'choice', ids: [a.choice] }),
	correct: (q) => ({ type: 'choice', ids: [q.answer] })
};
