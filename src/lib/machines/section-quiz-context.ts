import { isCorrect } from '$lib/question-types/registry';
import {
	inScope,
	latestRound,
	recordsFrom,
	roundOf,
	scoreOf,
	statusOf,
	type Attempt,
	type QuestionRecord
} from '$lib/module/progress';
import type { Rules } from '$lib/module/rules';
import type { Answer, Question } from '$lib/module/types';

import type { QuizRules, SectionQuizContext } from './section-quiz-types';

// Pure functions of the quiz's context: where the student stands, and how a log merges in.

export const FREE: QuizRules = { mode: 'immediate', assignment: null, passMark: 0 };

/** The rules for grading the current round. */
export const rulesOf = (
	c: Pick<SectionQuizContext, 'rules' | 'round' | 'closedRounds'>
): Rules => ({
	mode: c.rules.mode,
	closed: c.closedRounds.includes(c.round)
});

export const current = (c: SectionQuizContext) => c.questions[c.index] as Question;
export const recordOf = (c: SectionQuizContext) => c.records[current(c).id];
export const statusHere = (c: SectionQuizContext) => statusOf(recordOf(c), rulesOf(c));
export const allTries = (records: Record<string, QuestionRecord>) =>
	Object.values(records).flatMap((r) => r.tries);

/** The section's score in the current round. */
export const sectionScore = (c: SectionQuizContext) =>
	scoreOf(
		c.questions.map((q) => q.id),
		c.records,
		rulesOf(c)
	);

/** Adds attempts of the current round to what the page holds; no stored row counts twice. */
export function mergeAttempts(c: SectionQuizContext, added: readonly Attempt[]) {
	const incoming = added.filter((a) => c.rules.assignment === null || roundOf(a) === c.round);
	const ids = new Set(incoming.flatMap((a) => (a.id ? [a.id] : [])));
	const kept = allTries(c.records).filter((a) => !a.id || !ids.has(a.id));
	return recordsFrom([...kept, ...incoming], c.rules.mode);
}

/**
 * Takes a fresh read of the round's log as the truth for stored rows (so a reset in another
 * tab empties this one too), keeping only the attempts that never reached the log (no id).
 */
export function fromLog(c: SectionQuizContext, log: readonly Attempt[], round: number) {
	const unsaved = round === c.round ? allTries(c.records).filter((a) => !a.id) : [];
	return recordsFrom([...unsaved, ...log.filter((a) => roundOf(a) === round)], c.rules.mode);
}

/** The first question still waiting for the student, or -1. */
export const firstOpen = (
	c: Pick<SectionQuizContext, 'questions' | 'rules' | 'round' | 'closedRounds'>,
	records: Record<string, QuestionRecord>
) =>
	c.questions.findIndex((q) => {
		const status = statusOf(records[q.id], rulesOf(c));
		return status === 'new' || status === 'retry';
	});

/** This section's attempts, in the same scope (the assignment, or the student's own work). */
export const ofSection = (
	c: Pick<SectionQuizContext, 'moduleId' | 'sectionId' | 'rules'>,
	attempts: readonly Attempt[]
) =>
	attempts.filter(
		(a) =>
			a.moduleId === c.moduleId && a.sectionId === c.sectionId && inScope(a, c.rules.assignment)
	);

/** The round a log has reached: no read moves the student back to an earlier one. */
export const roundAfter = (
	c: SectionQuizContext,
	log: readonly Attempt[],
	closed: readonly number[]
) => Math.max(c.round, latestRound(log), ...closed);

export function attemptFor(context: SectionQuizContext, answer: Answer, at: number): Attempt {
	const question = current(context);
	const attempt: Attempt = {
		moduleId: context.moduleId,
		sectionId: context.sectionId,
		questionId: question.id,
		answer,
		correct: isCorrect(question, answer),
		try: (recordOf(context)?.tries.length ?? 0) + 1,
		at
	};
	if (context.rules.assignment !== null) {
		attempt.assignment = context.rules.assignment;
		attempt.round = context.round;
	}
	return attempt;
}
