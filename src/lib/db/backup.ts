import type { Attempt } from '$lib/module/progress';
import { allAttempts } from './attempts';
import type { Connection } from './connection';
import type { ClosedSection, JoinedAssignment, ProgressExport } from './entities';

/**
 * Everything stored, plus the answers this page could not save, so that a full disk or a
 * browser that keeps nothing still lets the student take their work away.
 */
export async function exportProgress(
	conn: Connection,
	unsaved: readonly Attempt[] = [],
	now = new Date()
): Promise<ProgressExport> {
	const stored = await allAttempts(conn).catch(() => conn.readAnyway());
	const ids = new Set(stored.map((a) => a.id));
	const extra = unsaved
		.map((a) => ({ ...a, id: a.id ?? `unsaved-${a.at}-${a.questionId}` }))
		.filter((a) => !ids.has(a.id));
	const db = conn.openDb;
	const [closedSections, assignments] = db
		? await Promise.all([db.closedSections.toArray(), db.assignments.toArray()]).catch(
				() => [[], []] as [ClosedSection[], JoinedAssignment[]]
			)
		: [[], []];
	const codes: string[] = [];
	const places = new Map<string, number>();
	const placeOf = (code: string) => {
		let place = places.get(code);
		if (place === undefined) places.set(code, (place = codes.push(code) - 1));
		return place;
	};
	return {
		format: 'lectern-progress',
		version: 3,
		exportedAt: now.toISOString(),
		codes,
		attempts: [...stored, ...extra]
			.sort((a, b) => a.at - b.at)
			.map(({ assignment, ...a }) =>
				assignment === undefined ? a : { ...a, assignment: placeOf(assignment) }
			),
		closedSections: closedSections.map((c) => ({ ...c, assignment: placeOf(c.assignment) })),
		assignments
	};
}

/** Notes that the student downloaded their progress, to show when they last did. */
export function markExported(conn: Connection, at: number): Promise<void> {
	return conn.run(async (db) => {
		await db.transaction('rw', db.meta, () => db.meta.put({ key: 'exported', value: at }));
	});
}

/** When the progress was last downloaded, if ever. */
export const lastExport = (conn: Connection): Promise<number | null> =>
	conn.run(async (db) => (await db.meta.get('exported'))?.value ?? null);
