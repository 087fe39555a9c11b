import type { QuestionReport } from '../contract';
import { choiceReport } from '../shared/choice';
import type { RelationShape } from './kind';

export const relationReport: QuestionReport<RelationShape> = choiceReport;
