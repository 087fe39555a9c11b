import { pointsOf, recordsFrom, statusOf, type Attempt } from '$lib/module/progress';

export type Mastery = 'knows' | 'revisit' | 'not-yet';

/**
 * How well a student knows one actor or event, from the questions that ask about it: every one
 * finished at full marks is "knows", any lost point is "revisit", none finished is "not yet".
 */
export function masteryOf(
	subjectId: string,
	kind: 'actors' | 'events',
	tags: readonly { id: string; actors: string[]; events: string[] }[],
	attempts: readonly Attempt[]
): Mastery {
	const records = recordsFrom(attempts);
	const asked = tags.filter((t) => t[kind].includes(subjectId)).map((t) => records[t.id]);
	const finished = asked.filter((r) => statusOf(r) === 'done');
	if (finished.length === 0) return 'not-yet';
	if (finished.some((r) => pointsOf(r) < 1)) return 'revisit';
	return finished.length === asked.length ? 'knows' : 'not-yet';
}
