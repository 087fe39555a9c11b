import type { StudentRow } from './class-report';

/** A column the class table sorts by: the student, a section's id, or one of the others. */
export type SortKey = 'student' | 'total' | 'minutes' | 'handedIn' | 'late' | 'files' | string;
export interface Sort {
	by: SortKey;
	/** Highest first (or Z to A, latest first). */
	down: boolean;
}

const byName = (a: StudentRow, b: StudentRow) =>
	a.student.localeCompare(b.student, undefined, { numeric: true, sensitivity: 'base' });

function valueOf(row: StudentRow, by: SortKey): number | string {
	switch (by) {
		case 'total':
			return row.graded.total;
		case 'minutes':
			return row.minutes;
		case 'handedIn':
			return row.latest.handedInAt;
		case 'late':
			return Number(row.late);
		case 'files':
			return row.files;
		default:
			return row.sections[by] ?? -1;
	}
}

/** The rows in the order asked for; rows alike stay in name order. */
export function sortRows(rows: readonly StudentRow[], { by, down }: Sort): StudentRow[] {
	const sign = down ? -1 : 1;
	return [...rows].sort((a, b) => {
		if (by === 'student') return sign * byName(a, b);
		const [x, y] = [valueOf(a, by), valueOf(b, by)];
		const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
		return sign * order || byName(a, b);
	});
}
