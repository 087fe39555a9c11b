import type { QuestionReport } from '../contract';
import { choiceReport } from '../shared/choice';
import type { LocateShape } from './kind';

export const locateReport: QuestionReport<LocateShape> = choiceReport;
