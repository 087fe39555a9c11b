import type { QuestionKind, Shape, WithEvidence } from '../contract';
import { choiceKind, type ChoiceQuestion } from '../shared/choice';
import type { SpeakerAnswer } from './answer';
import type { SpeakerFile } from './build';

export type SpeakerQuestion = WithEvidence<
	SpeakerFile &
		Pick<ChoiceQuestion, 'choices'> & {
			/** Whether the article puts the words in quotation marks (reported speech has none). */
			marked: boolean;
		}
>;
export type SpeakerShape = Shape<SpeakerFile, SpeakerQuestion, SpeakerAnswer>;

export const speaker: QuestionKind<SpeakerShape> = { type: 'speaker', ...choiceKind };
