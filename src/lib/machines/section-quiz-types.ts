import type { FeedbackMode } from '$lib/module/rules';
import type { Attempt, QuestionRecord } from '$lib/module/progress';
import type { Answer, Question } from '$lib/module/types';

// The section quiz's vocabulary: its input, context, events and what its effects report.

/** What saving one attempt reports back. */
export interface SaveResult {
	/** The attempt as stored, with its id; without one when nothing was stored. */
	attempt: Attempt;
	/** False when this browser keeps nothing (no IndexedDB): the answer lives only in this page. */
	kept: boolean;
}

/** A section handed in, in deferred mode: from then on its answers are checked. */
export interface SectionClose {
	assignment: string;
	moduleId: string;
	sectionId: string;
	round: number;
	at: number;
}

export type SaveStatus = 'idle' | 'saved' | 'not-kept' | 'failed';

/** What an assignment sets; outside one, the student works in immediate mode. */
export interface QuizRules {
	mode: FeedbackMode;
	/** The assignment link's code; null for the student's own work. */
	assignment: string | null;
	/** Share of the points that passes the section, 0 to 100. */
	passMark: number;
}

export interface SectionQuizInput {
	moduleId: string;
	sectionId: string;
	questions: Question[];
	/**
	 * The section's attempts log, when it is already known. Without it the quiz waits for a
	 * `progress.restored` event before it checks any answer.
	 */
	attempts?: Attempt[];
	/** Rounds of this section already handed in (deferred mode). */
	closed?: number[];
	rules?: QuizRules;
}

export interface SectionQuizContext {
	moduleId: string;
	sectionId: string;
	questions: Question[];
	rules: QuizRules;
	/** The go at the section being worked on: a retake starts the next one. */
	round: number;
	/** Rounds handed in (deferred mode). */
	closedRounds: number[];
	index: number;
	/** The current round's tries, by question. */
	records: Record<string, QuestionRecord>;
	/** False until the log has been read: no answer is graded against an unknown past. */
	logLoaded: boolean;
	/** An answer checked before the log arrived, checked as soon as it does. */
	early: { answer: Answer; at: number } | null;
	/** The attempt being written. */
	pending: Attempt | null;
	/** How the latest write went, for the announcement after a check. */
	save: SaveStatus;
	/** Why the latest write failed. */
	saveError: string | null;
	/** Why handing the section in failed. */
	closeError: string | null;
}

export type SectionQuizEvent =
	| { type: 'answer.check'; answer: Answer; at: number }
	| { type: 'question.next' }
	| { type: 'question.goto'; index: number }
	| { type: 'progress.restored'; attempts: Attempt[]; closed?: number[] }
	| { type: 'section.review' }
	| { type: 'section.close'; at: number }
	| { type: 'section.retake' };

/** Told to whoever listens (`actor.on`) when a checked answer's write has settled, either way. */
export interface AnswerSettled {
	type: 'answer.settled';
	questionId: string;
	save: SaveStatus;
}
