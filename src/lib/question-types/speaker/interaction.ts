import type { QuestionInteraction } from '../contract';
import type { SpeakerShape } from './kind';

export const speakerInteraction: QuestionInteraction<SpeakerShape> = {
	response: (q, a) => ({ type: 'choice', ids: [a.choice] }),
	correct: (q) => ({ type: 'choice', ids: [q.answer] })
};
