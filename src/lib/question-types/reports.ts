import type { AnswerLine, QuestionReport } from './contract';
import { classifyReport } from './classify/report';
import { fillReport } from './fill/report';
import { locateReport } from './locate/report';
import { matchReport } from './match/report';
import { multipleReport } from './multiple/report';
import { orderReport } from './order/report';
import { relationReport } from './relation/report';
import { singleReport } from './single/report';
import { speakerReport } from './speaker/report';
import { truthReport } from './truth/report';
import type { Answer, AnswerOf, Question, QuestionFileOf, QuestionOf, QuestionType } from './types';

/**
 * Each type's answers in words, for the results dashboard: apart from registry.ts so that the
 * student's pages never load them.
 */
const reports: {
	[K in QuestionType]: QuestionReport<{
		file: QuestionFileOf<K>;
		question: QuestionOf<K>;
		answer: AnswerOf<K>;
	}>;
} = {
	single: singleReport,
	multiple: multipleReport,
	truth: truthReport,
	match: matchReport,
	order: orderReport,
	fill: fillReport,
	classify: classifyReport,
	locate: locateReport,
	speaker: speakerReport,
	relation: relationReport
};

type AnyReport = QuestionReport<{ file: { type: string }; question: Question; answer: Answer }>;
const reportOf = (type: QuestionType) => reports[type] as AnyReport;

/** The question in one line, as a teacher reads it in a list. */
export const questionTitle = (q: Question): string => reportOf(q.type).title?.(q) ?? q.prompt;

/** An answer in words, a line per part or option; none for an answer of another type. */
export const answerLines = (q: Question, a: Answer): AnswerLine[] =>
	a.type === q.type ? reportOf(q.type).lines(q, a) : [];

/** Whether a type's answer is made of parts, each right or wrong on its own. */
export const hasParts = (q: Question): boolean => !!reportOf(q.type).parts;
