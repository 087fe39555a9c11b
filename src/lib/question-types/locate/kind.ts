import type { QuestionKind, WithEvidence } from '../contract';
import { choiceKind, type ChoiceQuestion } from '../shared/choice';
import type { LocateAnswer } from './answer';
import type { LocateFile } from './build';

export type LocateQuestion = WithEvidence<LocateFile & Pick<ChoiceQuestion, 'choices'>>;
export interface LocateShape {
	file: LocateFile;
	question: LocateQuestion;
	answer: LocateAnswer;
}

export const locate: QuestionKind<LocateShape> = { type: 'locate', ...choiceKind };
