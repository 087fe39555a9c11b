import type { QuestionKind, Shape, WithEvidence } from '../contract';
import { choiceKind, type ChoiceQuestion } from '../shared/choice';
import type { RelationAnswer } from './answer';
import type { RelationFile } from './build';

export type RelationQuestion = WithEvidence<RelationFile & Pick<ChoiceQuestion, 'choices'>>;
export type RelationShape = Shape<RelationFile, RelationQuestion, RelationAnswer>;

export const relation: QuestionKind<RelationShape> = { type: 'relation', ...choiceKind };
