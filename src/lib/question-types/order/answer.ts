import * as v from 'valibot';
import { answerIds } from '$lib/module/answer-fields';

export const orderAnswer = v.strictObject({ type: v.literal('order'), items: answerIds });
export type OrderAnswer = v.InferOutput<typeof orderAnswer>;
