import { gradeRound, passes, type Attempt, type RoundResult } from '$lib/module/progress';
import type { Assignment } from './link';

export type SectionState =
	'locked' | 'open' | 'in-progress' | 'to-hand-in' | 'passed' | 'not-passed' | 'finished';

export interface Standing extends RoundResult {
	id: string;
	state: SectionState;
	/** Finished, and at or above the pass mark (in practice: every question right). */
	passed: boolean;
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
		const graded = gradeRound(
			s.questionIds,
			log.attempts.filter((a) => a.sectionId === s.id),
			log.closed.filter((c) => c.sectionId === s.id).map((c) => c.round),
			assignment.mode
		);
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
		result.push({ ...graded, id: s.id, state, passed });
	}
	return result;
}
