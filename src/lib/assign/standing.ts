import {
	countedRound,
	latestRound,
	passes,
	type Attempt,
	type RoundResult
} from '$lib/module/progress';
import type { Assignment } from './link';

export type SectionState =
	'locked' | 'open' | 'in-progress' | 'to-hand-in' | 'passed' | 'not-passed' | 'finished';

/** A section's counted round (see countedRound), and where the student is now. */
export interface Standing extends RoundResult {
	id: string;
	/** The round being worked on: later than the counted one while a retake is under way. */
	current: number;
	state: SectionState;
	/** Finished, and at or above the pass mark (in practice: every question right). */
	passed: boolean;
	/** Questions given an answer in the counted round; the rest of `score.max` are blank. */
	answered: number;
}

export interface AssignmentLog {
	/** Attempts made under this assignment. */
	attempts: readonly Attempt[];
	/** Sections handed in (deferred mode). */
	closed: readonly { sectionId: string; round: number }[];
}

/** Whether a pass or a miss is worth showing: a pass mark is set and the mode is scored. */
export const hasPassMark = (a: Pick<Assignment, 'mode' | 'passMark'>) =>
	a.mode !== 'practice' && a.passMark > 0;

/**
 * Where the student stands in each of the assignment's sections, in order: the latest round's
 * score, whether it passed, and whether the section is open yet.
 */
export function standings(
	assignment: Pick<Assignment, 'mode' | 'passMark' | 'locked'>,
	sections: readonly { id: string; questionIds: readonly string[] }[],
	log: AssignmentLog
): Standing[] {
	const result: Standing[] = [];
	for (const s of sections) {
		const attempts = log.attempts.filter((a) => a.sectionId === s.id);
		const closed = log.closed.filter((c) => c.sectionId === s.id).map((c) => c.round);
		const graded = countedRound(s.questionIds, attempts, closed, assignment.mode);
		const current = Math.max(latestRound(attempts), ...closed);
		const { score } = graded;
		const finished = score.done === score.max;
		const passed = passes(score, assignment.mode === 'practice' ? 0 : assignment.passMark);
		const before = result.at(-1);
		const touched = Object.keys(graded.records).length > 0;
		const allSaved =
			assignment.mode === 'deferred' &&
			s.questionIds.every((id) => graded.records[id]?.tries.length);
		const state: SectionState =
			assignment.locked && before && !before.passed
				? 'locked'
				: current > graded.round
					? 'in-progress'
					: finished
						? hasPassMark(assignment)
							? passed
								? 'passed'
								: 'not-passed'
							: 'finished'
						: allSaved
							? 'to-hand-in'
							: touched || graded.round > 1
								? 'in-progress'
								: 'open';
		const answered = s.questionIds.filter((id) => graded.records[id]?.tries.length).length;
		result.push({ ...graded, id: s.id, current, state, passed, answered });
	}
	return result;
}
