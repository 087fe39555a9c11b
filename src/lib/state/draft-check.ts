import { is } from 'valibot';
import { AnswerSchema } from '$lib/module/answer-schema';
import type { Answer } from '$lib/module/types';

// Loaded by drafts.ts only when a draft comes back (valibot stays out of the section page).
export const isAnswer = (value: unknown): value is Answer => is(AnswerSchema, value);
