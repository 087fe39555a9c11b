import * as v from 'valibot';
import { answerIds } from '$lib/module/answer-fields';

export const multipleAnswer = v.strictObject({ type: v.literal('multiple'), choices: answerIds });
export type MultipleAnswer = v.InferOutput<typeof multipleAnswer>;
