import * as v from 'valibot';
import { shortText } from '$lib/module/answer-fields';

export const speakerAnswer = v.strictObject({ type: v.literal('speaker'), choice: shortText(80) });
export type SpeakerAnswer = v.InferOutput<typeof speakerAnswer>;
