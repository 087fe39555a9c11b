import { pointsFor } from './grade';
import { idRecord } from './id-record';
import { FREE_RULES, MAX_TRIES, type FeedbackMode, type Rules } from './rules';
import type { Answer } from './types';

/** One checked answer, as kept in the attempts log. */
export interface Attempt {
	/** Unique id; absent while an attempt could not be saved. */
	id?: string;
	moduleId: string;
	sectionId: string;
	questionId: string;
	answer: Answer;
	correct: boolean;
	/** 1 for the first try, 2 for the second (in deferred mode: the nth answer saved). */
	try: number;
	/** When it was checked, in ms since the epoch. */
	at: number;
	/** The code of the assignment link it was given under; absent for the student's own work. */
	assignment?: string;
	/** Which go at the section this belongs to, within an assignment: 1 when absent. */
	round?: number;
}

export const roundOf = (a: Pick<Attempt, 'round'>) => a.round ?? 1;

/** The latest round the attempts reach, 1 when there are none. */
export const latestRound = (attempts: readonly Pick<Attempt, 'round'>[]) =>
	attempts.reduce((r, a) => Math.max(r, roundOf(a)), 1);

/** Whether an attempt belongs to the work done under `assignment` (or to free work, for null). */
export const inScope = (a: Pick<Attempt, 'assignment'>, assignment: string | null) =>
	(a.assignment ?? null) === assignment;

/**
 * new: not answered; retry: answered wrong, may try again; saved: answered, not yet checked
 * (deferred mode); done: finished, with its points settled.
 */
export type QuestionStatus = 'new' | 'retry' | 'saved' | 'done';

/** What the log says of one question: the tries that count, in order. */
export interface QuestionRecord {
	tries: Attempt[];
}

/** Whether a question takes no more tries, whatever else happens. */
function settled(tries: readonly Attempt[], mode: FeedbackMode): boolean {
	if (mode === 'deferred') return false;
	return tries.some((t) => t.correct) || (mode === 'immediate' && tries.length >= MAX_TRIES);
}

/**
 * Groups a log into one record per question. Only the tries that count are kept: up to the
 * first right one, and in immediate mode at most MAX_TRIES, so a second tab answering again
 * changes nothing. In deferred mode every saved answer is kept; the latest counts.
 */
export function recordsFrom(
	attempts: readonly Attempt[],
	mode: FeedbackMode = 'immediate'
): Record<string, QuestionRecord> {
	const sorted = [...attempts].sort((a, b) => a.at - b.at);
	const records = idRecord<QuestionRecord>();
	for (const a of sorted) {
		const r = (records[a.questionId] ??= { tries: [] });
		if (!settled(r.tries, mode)) r.tries.push(a);
	}
	return records;
}

export function statusOf(
	record: QuestionRecord | undefined,
	rules: Rules = FREE_RULES
): QuestionStatus {
	const tries = record?.tries ?? [];
	if (rules.mode === 'deferred') return rules.closed ? 'done' : tries.length ? 'saved' : 'new';
	if (tries.length === 0) return 'new';
	return settled(tries, rules.mode) ? 'done' : 'retry';
}

/** Points of a finished question: ½ for right at the second try; practice counts right in the end. */
export function pointsOf(record: QuestionRecord | undefined, rules: Rules = FREE_RULES): number {
	if (statusOf(record, rules) !== 'done') return 0;
	const tries = record?.tries ?? [];
	if (rules.mode === 'deferred') return tries.at(-1)?.correct ? 1 : 0;
	if (rules.mode === 'practice') return 1;
	return pointsFor(tries.map((t) => t.correct));
}

export interface Score {
	points: number;
	max: number;
	/** Questions finished (right, or out of tries). */
	done: number;
	/** Questions finished without full marks. */
	missed: string[];
}

export function scoreOf(
	questionIds: readonly string[],
	records: Record<string, QuestionRecord>,
	rules: Rules = FREE_RULES
): Score {
	let points = 0;
	let done = 0;
	const missed: string[] = [];
	for (const id of questionIds) {
		const r = records[id];
		if (statusOf(r, rules) !== 'done') continue;
		done++;
		const p = pointsOf(r, rules);
		points += p;
		if (p < 1) missed.push(id);
	}
	return { points, max: questionIds.length, done, missed };
}

/** Formats points without a trailing .0 (3, 3.5). */
export function formatPoints(points: number): string {
	return Number.isInteger(points) ? String(points) : points.toFixed(1);
}

export type SectionState = 'not-started' | 'in-progress' | 'finished';

export interface SectionProgress extends Score {
	id: string;
	state: SectionState;
	/** The first question not yet finished, if any. */
	nextQuestion: string | null;
}

/** Whether a finished section reaches the pass mark (a share of its points, 0 to 100). */
export function passes(score: Score, passMark: number): boolean {
	return score.max > 0 && score.done === score.max && score.points * 100 >= passMark * score.max;
}

/** Progress of every section of a module, derived from the log of the student's own work. */
export function sectionsProgress(
	sections: readonly { id: string; questionIds: string[] }[],
	attempts: readonly Attempt[]
): SectionProgress[] {
	const records = recordsFrom(attempts.filter((a) => inScope(a, null)));
	return sections.map((s) => {
		const score = scoreOf(s.questionIds, records);
		const touched = s.questionIds.some((id) => records[id]);
		return {
			id: s.id,
			...score,
			state: score.done === score.max ? 'finished' : touched ? 'in-progress' : 'not-started',
			nextQuestion: s.questionIds.find((id) => statusOf(records[id]) !== 'done') ?? null
		};
	});
}

/** One go at a section, graded under its rules. */
export interface RoundResult {
	round: number;
	rules: Rules;
	records: Record<string, QuestionRecord>;
	score: Score;
}

/**
 * Grades one round of a section (by default the latest: the one that counts for an
 * assignment). `attempts` are the section's, in one scope; `closed` the rounds handed in.
 */
export function gradeRound(
	questionIds: readonly string[],
	attempts: readonly Attempt[],
	closed: readonly number[],
	mode: FeedbackMode,
	round = Math.max(latestRound(attempts), ...closed)
): RoundResult {
	const rules: Rules = { mode, closed: closed.includes(round) };
	const records = recordsFrom(
		attempts.filter((a) => roundOf(a) === round),
		mode
	);
	return { round, rules, records, score: scoreOf(questionIds, records, rules) };
}

/**
 * The round that counts: the latest finished one (in deferred mode, handed in), so that a
 * retake just begun does not wipe out the go before it; the latest round while none is.
 */
export function countedRound(
	questionIds: readonly string[],
	attempts: readonly Attempt[],
	closed: readonly number[],
	mode: FeedbackMode
): RoundResult {
	const latest = gradeRound(questionIds, attempts, closed, mode);
	for (let round = latest.round; round >= 1; round--) {
		const graded =
			round === latest.round ? latest : gradeRound(questionIds, attempts, closed, mode, round);
		if (graded.score.done === graded.score.max) return graded;
	}
	return latest;
}
