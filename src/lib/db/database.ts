import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Assignment } from '$lib/assign/link';
import { fingerprint } from '$lib/module/hash';
import type { ReviewCard } from '$lib/review/schedule';
import type { Attempt } from '$lib/module/progress';
import type { ResultsFile } from '$lib/results/file';

/** The schema version this code writes. Versions only grow; a released upgrade is never edited. */
export const SCHEMA_VERSION = 4;

/** An attempt as stored: the log is append-only, every row has an id. */
export type StoredAttempt = Attempt & { id: string };

/** An assignment the student opened from a teacher's link, and the name they gave for it. */
export interface JoinedAssignment {
	/** The link's code (after `#`): the same link always finds the same row. */
	code: string;
	assignment: Assignment;
	name: string;
	joinedAt: number;
}

/** A results file a teacher imported, as read and checked; keyed by its checksum. */
export interface Submission {
	checksum: string;
	/** The name of the file it came from. */
	fileName: string;
	moduleId: string;
	/** The link the assignment was made with: the files of one assignment go together. */
	assignmentCode: string;
	importedAt: number;
	file: ResultsFile;
}

/** A section handed in under an assignment in deferred mode: its answers are now checked. */
export interface ClosedSection {
	assignment: string;
	moduleId: string;
	sectionId: string;
	round: number;
	at: number;
}

export interface MetaRow {
	key: 'schema' | 'created' | 'exported';
	value: number;
}

export class LecternDB extends Dexie {
	attempts!: EntityTable<StoredAttempt, 'id'>;
	meta!: EntityTable<MetaRow, 'key'>;
	assignments!: EntityTable<JoinedAssignment, 'code'>;
	submissions!: EntityTable<Submission, 'checksum'>;
	closedSections!: Table<ClosedSection, [string, string, number]>;
	reviews!: Table<ReviewCard, [string, string]>;
	/** The IndexedDB this database lives in, to open a second connection to it. */
	readonly factory: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };

	constructor(
		name = 'lectern',
		options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}
	) {
		// Strict durability: a checked answer is on disk, not in an OS buffer, when "saved" shows.
		super(name, { chromeTransactionDurability: 'strict', ...options });
		this.factory = options;
		this.version(1).stores({
			attempts: 'id, [moduleId+sectionId], moduleId, at',
			meta: 'key'
		});
		// Version 2 adds the assignments a student joined and the results a teacher imported.
		this.version(2).stores({
			assignments: 'code, joinedAt',
			submissions: 'checksum, assignmentCode, importedAt'
		});
		// Version 3 records the sections a student handed in under a deferred-feedback assignment,
		// and tags each attempt made for an assignment with its code and round.
		this.version(3)
			.stores({ closedSections: '[assignment+sectionId+round], assignment' })
			.upgrade(async (tx) => {
				// Before, an assignment's work was the module's untagged log, shared with the
				// student's own practice (only immediate mode existed). Each joined assignment gets
				// its own copy, as round 1, so what the student would have handed in is still there.
				const joined = await tx.table<JoinedAssignment, string>('assignments').toArray();
				if (joined.length === 0) return;
				const log = tx.table<StoredAttempt, string>('attempts');
				const untagged = (await log.toArray()).filter((a) => !a.assignment);
				const copies = joined.flatMap(({ code, assignment }) =>
					untagged
						.filter(
							(a) => a.moduleId === assignment.module && assignment.sections.includes(a.sectionId)
						)
						.map((a) => ({ ...a, id: `${a.id}~${fingerprint(code)}`, assignment: code, round: 1 }))
				);
				await log.bulkPut(copies);
			});
		// Version 4 keeps the spaced-review card of each question the student finished.
		this.version(4).stores({ reviews: '[moduleId+questionId], due' });
	}
}
