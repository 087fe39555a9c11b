import type { Answer, Question } from '$lib/module/types';

export type QuestionOf<T extends Question['type']> = Extract<Question, { type: T }>;
export type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>;

/** What every answer input receives. */
export interface InputProps<T extends Question['type']> {
	question: QuestionOf<T>;
	answer: AnswerOf<T> | null;
	disabled: boolean;
	/** Prefix for element ids, unique on the page. */
	uid: string;
}

/** Where a question stands in the quiz; `saved` is deferred mode's kept-but-unchecked answer. */
export type Phase = 'answering' | 'retry' | 'saved' | 'saving' | 'answered';
