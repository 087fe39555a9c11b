import type { QuestionKind, Shape, WithEvidence } from '../contract';
import { choiceKind, type ChoiceQuestion } from '../shared/choice';
import type { LocateAnswer } from './answer';
import type { LocateFile } from './build';

export type LocateQuestion = WithEvidence<LocateFile & Pick<ChoiceQuestion, 'choices'>>;
export type LocateShape = Shape<LocateFile, LocateQuestion, LocateAnswer>;

export const locate: QuestionKind<LocateShape> = { type: 'locate', ...choiceKind };
