/**
 * The rules a quiz runs under. Outside an assignment a student always works in `immediate`
 * mode; a teacher's assignment may choose another.
 *
 * - immediate: each answer is checked at once, with a hint and a second try (1 or ½ point).
 * - deferred: answers are saved, not checked, and can be changed until the section is handed
 *   in; then every answer is checked (1 point each) and all feedback shows.
 * - practice: unlimited tries, a hint each time, the answer shown after two misses; nothing is
 *   scored, a question is done once it is answered right.
 */
export const feedbackModes = ['immediate', 'deferred', 'practice'] as const;
export type FeedbackMode = (typeof feedbackModes)[number];

export interface Rules {
	mode: FeedbackMode;
	/** Deferred mode only: the section (in its current round) has been handed in. */
	closed: boolean;
}

export const FREE_RULES: Rules = { mode: 'immediate', closed: false };

/** Tries a question allows in immediate mode before its answer is shown. */
export const MAX_TRIES = 2;

/** Wrong tries in practice mode after which the answer is shown beside the hint. */
export const PRACTICE_REVEAL_AFTER = 2;
