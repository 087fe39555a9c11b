import type { LmsResponse, QuestionInteraction } from './contract';
import { classifyInteraction } from './classify/interaction';
import { fillInteraction } from './fill/interaction';
import { locateInteraction } from './locate/interaction';
import { matchInteraction } from './match/interaction';
import { multipleInteraction } from './multiple/interaction';
import { orderInteraction } from './order/interaction';
import { relationInteraction } from './relation/interaction';
import { singleInteraction } from './single/interaction';
import { speakerInteraction } from './speaker/interaction';
import { truthInteraction } from './truth/interaction';
import type { Answer, AnswerOf, Question, QuestionFileOf, QuestionOf, QuestionType } from './types';

/**
 * Each type's answers as an LMS records them (SCORM interactions, xAPI results): apart from
 * registry.ts, so that only a page launched by an LMS loads them.
 */
const interactions: {
	[K in QuestionType]: QuestionInteraction<{
		file: QuestionFileOf<K>;
		question: QuestionOf<K>;
		answer: AnswerOf<K>;
	}>;
} = {
	single: singleInteraction,
	multiple: multipleInteraction,
	truth: truthInteraction,
	match: matchInteraction,
	order: orderInteraction,
	fill: fillInteraction,
	classify: classifyInteraction,
	locate: locateInteraction,
	speaker: speakerInteraction,
	relation: relationInteraction
};

type AnyInteraction = QuestionInteraction<{
	file: { type: string };
	question: Question;
	answer: Answer;
}>;
const interactionOf = (type: QuestionType) => interactions[type] as AnyInteraction;

/** The student's answer as an LMS interaction's response; null for an answer of another type. */
export const lmsResponse = (question: Question, answer: Answer): LmsResponse | null =>
	answer.type === question.type ? interactionOf(question.type).response(question, answer) : null;

/** The question's right answer as an LMS interaction's correct-response pattern. */
export const lmsCorrect = (question: Question): LmsResponse =>
	interactionOf(question.type).correct(question);
