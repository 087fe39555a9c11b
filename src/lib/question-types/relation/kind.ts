import type { QuestionKind, WithEvidence } from '../contract';
import { choiceKind, type ChoiceQuestion } from '../shared/choice';
import type { RelationAnswer } from './answer';
import type { RelationFile } from './build';

export type RelationQuestion = WithEvidence<RelationFile & Pick<ChoiceQuestion, 'choices'>>;
export interface RelationShape {
	file: RelationFile;
	question: RelationQuestion;
	answer: RelationAnswer;
}

export const relation: QuestionKind<RelationShape> = { type: 'relation', ...choiceKind };
