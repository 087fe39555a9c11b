import type { QuestionInteraction } from '../contract';
import type { FillShape } from './kind';

// The first accepted answer stands for the key: the others are spellings of it.
export const fillInteraction: QuestionInteraction<FillShape> = {
	response: (q, a) => ({ type: 'fill-in', text: a.text }),
	correct: (q) => ({ type: 'fill-in', text: q.accept[0] ?? '' })
};
