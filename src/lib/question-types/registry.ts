import type { Part, QuestionKind, TypeShape } from './contract';
import { classify } from './classify/kind';
import { fill } from './fill/kind';
import { locate } from './locate/kind';
import { match } from './match/kind';
import { multiple } from './multiple/kind';
import { order } from './order/kind';
import { relation } from './relation/kind';
import { single } from './single/kind';
import { speaker } from './speaker/kind';
import { truth } from './truth/kind';
import type { Answer, Question, QuestionType } from './types';

/**
 * The question types, by name: the one list of them. Their grading and the key's wording, which
 * the quiz and the results dashboard use in the browser. Their inputs (inputs.ts), answer schemas
 * (answers.ts) and build-time parts (builds.ts) are listed apart, so that no page loads more than
 * it uses; TypeScript holds those lists to this one.
 */
export const questionKinds = {
	single,
	multiple,
	truth,
	match,
	order,
	fill,
	classify,
	locate,
	speaker,
	relation
} satisfies Record<string, QuestionKind<TypeShape>>;

/** Any type's parts, seen on the unions. */
interface AnyShape {
	file: { type: string };
	question: Question;
	answer: Answer;
}

// Each part is typed for its own shape. On the unions TypeScript cannot follow the registry from
// a name to its shape, so every answer's name is checked against its question's here: a part
// only ever sees questions and answers of its own type.
const kindOf = (type: QuestionType): QuestionKind<AnyShape> => questionKinds[type];

/** Whether an answer is right. An answer of another question's type is never right. */
export const isCorrect = (question: Question, answer: Answer): boolean =>
	answer.type === question.type && kindOf(question.type).isCorrect(question, answer);

/** Whether the student has given a whole answer of the question's type: nothing blank. */
export const isComplete = (question: Question, answer: Answer | null): answer is Answer =>
	answer?.type === question.type && kindOf(question.type).isComplete(question, answer);

/** The right answer in words, one line per part. */
export const describeKey = (question: Question): string[] =>
	kindOf(question.type).describeKey(question);

/** Feedback the module gives for the wrong parts of this answer. */
export const feedbackFor = (question: Question, answer: Answer): string[] =>
	(answer.type === question.type && kindOf(question.type).feedbackFor?.(question, answer)) || [];

/** A remark on a right answer, such as the spelling a close misspelling counted as; or null. */
export const rightNote = (question: Question, answer: Answer): string | null =>
	(answer.type === question.type && kindOf(question.type).rightNote?.(question, answer)) || null;

/** A multi-part answer part by part (classify, match, order); null for a type of one part. */
export const partsOf = (question: Question, answer: Answer): Record<string, Part> | null =>
	(answer.type === question.type && kindOf(question.type).partsOf?.(question, answer)) || null;

/** Whether an answer is typed text, rather than chosen. */
export const isTyped = (answer: Answer): boolean => !!kindOf(answer.type).typed;

/** The answer to start from: an order question starts as shuffled, the rest blank. */
export const blankAnswer = (question: Question): Answer | null =>
	kindOf(question.type).blankAnswer?.(question) ?? null;

/** The prompt's text before and after its blank; null when the prompt has none. */
export const blankOf = (question: Question): [string, string] | null =>
	kindOf(question.type).blank?.(question) ?? null;
