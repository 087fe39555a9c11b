import type { QuestionReport } from '../contract';
import { choiceReport } from '../shared/choice';
import type { SpeakerShape } from './kind';

export const speakerReport: QuestionReport<SpeakerShape> = choiceReport;
