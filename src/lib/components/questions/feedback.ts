import { quizText } from '$lib/messages/quiz';
import { problemText } from '$lib/messages/storage';
import { formatPoints, pointsOf, type QuestionRecord } from '$lib/module/progress';
import { PRACTICE_REVEAL_AFTER, type Rules } from '$lib/module/rules';
import type { Question } from '$lib/module/types';
import { describeKey, partsOf, rightNote } from '$lib/question-types/registry';
import type { Phase } from './types';

// The words of a question's feedback, shared by the card a student sees and the line a screen
// reader hears, so that the two never say different things.

const missesOf = (record: QuestionRecord | undefined) =>
	record?.tries.filter((t) => !t.correct).length ?? 0;

/** The verdict on a finished question: right, right at the second try, or the answer shown. */
export function verdictOf(record: QuestionRecord, rules: Rules): string {
	if (rules.mode === 'practice') return quizText.practiceRight(record.tries.length);
	if (!record.tries.at(-1)?.correct) return quizText.revealed;
	return rules.mode === 'immediate' && record.tries.at(-1)!.try > 1
		? quizText.correctSecond
		: quizText.correct;
}

/** What follows "Not quite." after a wrong try: try again, or (practice) how many misses. */
export const retryLine = (record: QuestionRecord | undefined, rules: Rules): string =>
	rules.mode === 'practice' ? quizText.practiceTries(missesOf(record)) : quizText.tryAgain;

/** After a wrong multi-part answer, how many of its parts were right; '' for a type of one part. */
export function partsLine(question: Question, record: QuestionRecord | undefined): string {
	const last = record?.tries.at(-1);
	const parts = Object.values((last && partsOf(question, last.answer)) ?? {});
	return parts.length ? quizText.partsRight(parts.filter((p) => p.right).length, parts.length) : '';
}

/** What a right last answer adds to its verdict (a spelling put right); '' otherwise. */
export function noteOnRight(question: Question, record: QuestionRecord | undefined): string {
	const last = record?.tries.at(-1);
	return (last?.correct && rightNote(question, last.answer)) || '';
}

/** Whether practice shows the answer now: after enough wrong tries, the student gives it. */
export const keyShown = (record: QuestionRecord | undefined, rules: Rules): boolean =>
	rules.mode === 'practice' && missesOf(record) >= PRACTICE_REVEAL_AFTER;

/** Where the latest answer is: saved, held by this page only, or not saved and why. */
export interface Keeping {
	/** This browser keeps nothing at all. */
	unavailable: boolean;
	/** Why the last write failed, if it did. */
	saveError: string | null;
}

/** Whether the question's latest answer is in the log, in words: only a stored row has an id. */
export function saveNote(
	record: QuestionRecord | undefined,
	phase: Phase,
	rules: Rules,
	{ unavailable, saveError }: Keeping
): string {
	const last = record?.tries.at(-1);
	if (!last) return '';
	if (rules.mode === 'deferred' && phase === 'saved') {
		if (last.id) return quizText.savedForLater;
		if (unavailable) return quizText.savedForLaterNotKept;
		return quizText.savedFailedForLater(problemText(saveError));
	}
	if (last.id) return quizText.savedNote;
	if (unavailable) return quizText.notKeptNote;
	return quizText.saveFailed(problemText(saveError));
}

/** What a screen reader hears once an answer settles: what the card now shows, in one line. */
export function announcement(
	question: Question,
	record: QuestionRecord | undefined,
	phase: Phase,
	rules: Rules,
	keeping: Keeping
): string {
	if (!record?.tries.length) return '';
	const note = saveNote(record, phase, rules, keeping);
	if (phase === 'saved') return note;
	if (phase === 'retry') {
		const key = keyShown(record, rules)
			? ` ${quizText.practiceRevealed} ${describeKey(question).join('; ')}.`
			: '';
		const parts = partsLine(question, record);
		return `${quizText.incorrect}${parts ? ` ${parts}` : ''} ${retryLine(record, rules)} ${quizText.hint}: ${question.hint}${key} ${note}`;
	}
	const verdict = verdictOf(record, rules);
	const spelling = noteOnRight(question, record);
	const then = spelling ? `${spelling} ${note}` : note;
	if (rules.mode === 'practice') return `${verdict} ${then}`;
	return `${verdict} ${quizText.points(formatPoints(pointsOf(record, rules)))}. ${then}`;
}
