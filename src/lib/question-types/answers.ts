import * as v from 'valibot';
import { classifyAnswer } from './classify/answer';
import { fillAnswer } from './fill/answer';
import { locateAnswer } from './locate/answer';
import { matchAnswer } from './match/answer';
import { multipleAnswer } from './multiple/answer';
import { orderAnswer } from './order/answer';
import { relationAnswer } from './relation/answer';
import { singleAnswer } from './single/answer';
import { speakerAnswer } from './speaker/answer';
import { truthAnswer } from './truth/answer';
import type { AnswerOf, QuestionType } from './types';

/**
 * Each type's answer schema, for reading results and progress files. Apart from registry.ts
 * because it brings valibot, which only the pages that read files load.
 */
const answerSchemas = {
	single: singleAnswer,
	multiple: multipleAnswer,
	truth: truthAnswer,
	match: matchAnswer,
	order: orderAnswer,
	fill: fillAnswer,
	classify: classifyAnswer,
	locate: locateAnswer,
	speaker: speakerAnswer,
	relation: relationAnswer
} satisfies { [K in QuestionType]: v.GenericSchema<unknown, AnswerOf<K>> };

/** One answer as given, of any question type. */
export const AnswerSchema = v.variant('type', Object.values(answerSchemas));
