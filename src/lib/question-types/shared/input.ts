import type { Part } from '../contract';
import type { AnswerOf, QuestionOf, QuestionType } from '../types';

/** What every answer input receives; it binds `answer`, of its own type. */
export interface InputProps<K extends QuestionType> {
	question: QuestionOf<K>;
	answer: AnswerOf<K> | null;
	disabled: boolean;
	/** Prefix for element ids, unique on the page. */
	uid: string;
	/** After a wrong answer, its parts marked right or not; `reveal` adds the right answer. */
	marks?: { parts: Record<string, Part>; reveal: boolean } | null;
}
