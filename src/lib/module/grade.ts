// Whether one answer is right is each question type's own: see $lib/question-types/registry.

/** Points for a question: 1 if right at the first try, 0.5 at the second, otherwise 0. */
export function pointsFor(results: boolean[]): number {
	if (results[0]) return 1;
	if (results[1]) return 0.5;
	return 0;
}
