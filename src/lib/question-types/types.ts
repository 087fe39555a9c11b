import type { QuestionKind } from './contract';
import type { questionKinds } from './registry';

/** The union types, derived from the registry: a type listed there is in them, and no other. */
type Kinds = typeof questionKinds;

export type QuestionType = keyof Kinds;
// An entry whose key is not its type's name gets no shape, and the unions below break: the
// registry finds a type's parts by the name its questions and answers carry.
type Shapes = {
	[K in QuestionType]: Kinds[K] extends QuestionKind<infer S>
		? S['question']['type'] extends K
			? S
			: never
		: never;
};

/** A question of one type as written in module.yaml. */
export type QuestionFileOf<K extends QuestionType> = Shapes[K]['file'];
/** A question of one type as the app uses it: evidence resolved, display orders fixed. */
export type QuestionOf<K extends QuestionType> = Shapes[K]['question'];
/** What a student gives for a question of one type. */
export type AnswerOf<K extends QuestionType> = Shapes[K]['answer'];

export type QuestionFile = QuestionFileOf<QuestionType>;
export type Question = QuestionOf<QuestionType>;
export type Answer = AnswerOf<QuestionType>;
