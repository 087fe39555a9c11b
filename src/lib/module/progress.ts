import { MAX_TRIES, pointsFor } from './grade';
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
	/** 1 for the first try, 2 for the second. */
	try: number;
	/** When it was checked, in ms since the epoch. */
	at: number;
}

export type QuestionStatus = 'new' | 'retry' | 'done';

/** What the log says of one question: the tries that count, in order. */
export interface QuestionRecord {
	tries: Attempt[];
}

/**
 * Groups a log into one record per question. Only the tries that count are kept: up to the
 * first right one, and at most MAX_TRIES, so a second tab answering again changes nothing.
 */
export function recordsFrom(attempts: readonly Attempt[]): Record<string, QuestionRecord> {
	const sorted = [...attempts].sort((a, b) => a.at - b.at);
	const records: Record<string, QuestionRecord> = {};
	for (const a of sorted) {
		const r = (records[a.questionId] ??= { tries: [] });
		if (statusOf(r) !== 'done') r.tries.push(a);
	}
	return records;
}

export function statusOf(record: QuestionRecord | undefined): QuestionStatus {
	if (!record || record.tries.length === 0) return 'new';
	if (record.tries.some((t) => t.correct) || record.tries.length >= MAX_TRIES) return 'done';
	return 'retry';
}

export function pointsOf(record: QuestionRecord | undefined): number {
	return record && statusOf(record) === 'done' ? pointsFor(record.tries.map((t) => t.correct)) : 0;
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
	records: Record<string, QuestionRecord>
): Score {
	let points = 0;
	let done = 0;
	const missed: string[] = [];
	for (const id of questionIds) {
		const r = records[id];
		if (statusOf(r) !== 'done') continue;
		done++;
		const p = pointsOf(r);
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

/** Progress of every section of a module, derived from the log. */
export function sectionsProgress(
	sections: readonly { id: string; questionIds: string[] }[],
	attempts: readonly Attempt[]
): SectionProgress[] {
	const records = recordsFrom(attempts);
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
