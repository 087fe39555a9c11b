import type { QuestionReport } from '../contract';
import { fill, normalizeTyped, type FillShape } from './kind';

export const fillReport: QuestionReport<FillShape> = {
	// Typed answers the grader cannot tell apart are counted as one.
	lines: (q, a) => [
		{ key: normalizeTyped(a.text), text: a.text.trim(), right: fill.isCorrect(q, a) }
	]
};
