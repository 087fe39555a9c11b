import * as v from 'valibot';
import { shortText } from '$lib/module/answer-fields';

export const fillAnswer = v.strictObject({ type: v.literal('fill'), text: shortText(200) });
export type FillAnswer = v.InferOutput<typeof fillAnswer>;
