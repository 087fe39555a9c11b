import Dexie, { type EntityTable, type Table } from 'dexie';
import { fingerprint } from '$lib/module/hash';
import type {
	ClosedSection,
	JoinedAssignment,
	MadeAssignment,
	MetaRow,
	ModuleFileRow,
	StudioDraftRow,
	ReviewCard,
	StoredAttempt,
	Submission
} from './entities';

/** The schema version this code writes. Versions only grow; a released upgrade is never edited. */
export const SCHEMA_VERSION = 7;

export class LecternDB extends Dexie {
	attempts!: EntityTable<StoredAttempt, 'id'>;
	meta!: EntityTable<MetaRow, 'key'>;
	assignments!: EntityTable<JoinedAssignment, 'code'>;
	submissions!: EntityTable<Submission, 'checksum'>;
	closedSections!: Table<ClosedSection, [string, string, number]>;
	reviews!: Table<ReviewCard, [string, string]>;
	made!: EntityTable<MadeAssignment, 'code'>;
	studio!: EntityTable<StudioDraftRow, 'id'>;
	moduleFiles!: EntityTable<ModuleFileRow, 'id'>;
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
		// Version 5 keeps the assignments a teacher made here: their "My assignments" list.
		this.version(5).stores({ made: 'code, madeAt' });
		// Version 6 keeps the modules a teacher is writing in the studio, several at once.
		this.version(6).stores({ studio: 'id, updatedAt' });
		this.version(7).stores({ moduleFiles: 'id, openedAt' });
	}
}
