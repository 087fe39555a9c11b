// Test-only: sample rows of every kind, released databases, and the helpers the storage fault
// suites share (src/lib/db/faults/*.spec.ts).
import Dexie, { type Transaction } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { expect } from 'vitest';
import type { Assignment } from '$lib/assign/link';
import type { Attempt } from '$lib/module/progress';
import type { ResultsFile } from '$lib/results/file';
import { newCards, reviewed, type ReviewCard } from '$lib/review/schedule';
import { joinAssignment } from '../assignments';
import { recordAttempt, closeSection, resetModule } from '../attempts';
import { markExported } from '../backup';
import { restoreProgress } from '../restore';
import { Connection } from '../connection';
import { LecternDB, SCHEMA_VERSION } from '../database';
import type {
	ClosedSection,
	JoinedAssignment,
	MadeAssignment,
	MetaRow,
	ModuleFileRow,
	StoredAttempt,
	StudioDraftRow,
	Submission
} from '../entities';
import { StorageError } from '../errors';
import { request } from './inspect';
import { reviewCards, saveReview } from '../reviews';
import { importSubmission, removeAssignmentFiles } from '../submissions';
import { forgetMadeAssignment, keepMadeAssignment } from '../made';
import { deleteStudioDraft, saveStudioDraft } from '../studio';
import { keepModuleFile, removeModuleFile } from '../module-files';
import { openedFile } from './module-file-sample';

export { openedFile };
import { draftFromText } from '$lib/studio/read';
import {
	writeV1Fixture,
	writeV2Fixture,
	writeV3Fixture,
	writeV4Fixture,
	writeV5Fixture,
	writeV6Fixture,
	writeV7Fixture,
	type ReleasedVersion
} from './fixtures';

// Looking at the database without Dexie (snapshot, rowsOf…) lives in inspect.ts.
export * from './inspect';

// ---------------------------------------------------------------------------------------------
// Sample data: one of every kind of row, with the nested values and dates IndexedDB must keep.

export const CODE = '1.abc.xyz';

/** An answer as the quiz hands it to storage, before it has an id. */
export const newAttempt = (
	questionId: string,
	at: number,
	extra: Partial<Attempt> = {}
): Attempt => ({
	moduleId: 'iraq',
	sectionId: 's1',
	questionId,
	answer: { type: 'single', choice: 'a' },
	correct: true,
	try: 1,
	at,
	...extra
});

/** A stored answer. */
export const attempt = (
	id: string,
	questionId: string,
	at: number,
	extra: Partial<Attempt> = {}
): StoredAttempt => ({ id, ...newAttempt(questionId, at, extra) });

export const assignment: Assignment = {
	module: 'iraq',
	sections: ['s1', 's2'],
	mode: 'deferred',
	passMark: 60,
	due: '2026-12-01',
	locked: true,
	title: 'Week 1 <i>',
	className: '10B'
};

export const joined: JoinedAssignment = { code: CODE, assignment, name: 'Samira', joinedAt: 7 };

export const submission: Submission = {
	checksum: 'sha256:1',
	fileName: 'samira.json',
	moduleId: 'iraq',
	assignmentCode: CODE,
	importedAt: 8,
	// The store keeps a results file as it was read; its contents are opaque here.
	file: {
		format: 'lectern-results',
		student: 'Samira',
		attempts: [{ questionId: 'q1', answer: { type: 'order', items: ['b', 'a'] } }],
		checksum: 'sha256:1'
	} as unknown as ResultsFile
};

export const ownWork = [
	attempt('a1', 'q1', 1),
	attempt('a2', 'q2', 2, {
		correct: false,
		answer: { type: 'match', pairs: { x: '1', y: '2' } }
	}),
	attempt('a3', 'q2', 3, { try: 2, answer: { type: 'multiple', choices: ['a', 'c'] } }),
	attempt('a4', 'q1', 4, {
		moduleId: 'other',
		answer: { type: 'classify', kinds: { p: 'fact', q: 'opinion' } }
	})
];

// Version 3 and later tag work done for an assignment.
export const assignedWork = [
	attempt('b1', 'q1', 5, { assignment: CODE, round: 1 }),
	attempt('b2', 'q1', 6, {
		assignment: CODE,
		round: 2,
		answer: { type: 'fill', text: 'Ba‘ath' }
	})
];

export const handedIn: ClosedSection = {
	assignment: CODE,
	moduleId: 'iraq',
	sectionId: 's1',
	round: 1,
	at: 5.5
};

export const cards: ReviewCard[] = newCards(ownWork, new Set());

export const made: MadeAssignment = {
	code: '1.made.xyz',
	assignment: { ...assignment, roster: ['Samira', 'Sam'] },
	moduleTitle: 'Iraq',
	sectionTitles: ['One', 'Two'],
	madeAt: 9
};

/** A teacher's studio draft of two sections. */
export const studioDraft: StudioDraftRow = draftFromText(
	'## First part\n\nISIS took Mosul.\n\n## Second part\n\nObama spoke.',
	'draft-1',
	10
);

// A type, not an interface, so that it can be read as rows by table name.
export type Tables = {
	attempts: StoredAttempt[];
	meta: MetaRow[];
	assignments: JoinedAssignment[];
	submissions: Submission[];
	closedSections: ClosedSection[];
	reviews: ReviewCard[];
	made: MadeAssignment[];
	studio: StudioDraftRow[];
	moduleFiles: ModuleFileRow[];
};

/** What a student of release `version` could have saved; tables that release lacked are empty. */
export function savedBy(version: ReleasedVersion): Tables {
	return {
		attempts: version >= 3 ? [...ownWork, ...assignedWork] : ownWork,
		meta:
			version >= 3
				? [
						{ key: 'schema', value: version },
						{ key: 'created', value: 1 }
					]
				: [{ key: 'schema', value: version }],
		assignments: version >= 2 ? [joined] : [],
		submissions: version >= 2 ? [submission] : [],
		closedSections: version >= 3 ? [handedIn] : [],
		reviews: version >= 4 ? cards : [],
		made: version >= 5 ? [made] : [],
		studio: version >= 6 ? [studioDraft] : [],
		moduleFiles: version >= 7 ? [openedFile] : []
	};
}

export const writeRelease: Record<ReleasedVersion, (f: IDBFactory, rows: Tables) => Promise<void>> =
	{
		1: (f, r) => writeV1Fixture(f, r.attempts),
		2: (f, r) =>
			writeV2Fixture(f, {
				attempts: r.attempts,
				assignments: r.assignments,
				submissions: r.submissions
			}),
		3: (f, r) => writeV3Fixture(f, r),
		4: (f, r) => writeV4Fixture(f, r),
		5: (f, r) => writeV5Fixture(f, r),
		6: (f, r) => writeV6Fixture(f, r),
		7: (f, r) => writeV7Fixture(f, r)
	};

/** A fresh browser holding what release `version` saved. */
export async function browserWith(version: ReleasedVersion) {
	const indexedDB = new IDBFactory();
	const rows = savedBy(version);
	await writeRelease[version](indexedDB, rows);
	return { indexedDB, rows };
}

/** A connection that stays open and ignores `versionchange`, like a tab of an older build. */
export async function oldTab(indexedDB: IDBFactory, version: ReleasedVersion) {
	return request(indexedDB.open('lectern', version * 10));
}

// ---------------------------------------------------------------------------------------------
// Builds other than this one.

/** The next release, as far as storage goes: an index on attempts and a table of its own. */
export class NextRelease extends LecternDB {
	constructor(indexedDB: IDBFactory, upgrade?: (tx: Transaction) => void | Promise<void>) {
		super('lectern', { indexedDB, IDBKeyRange });
		const next = this.version(SCHEMA_VERSION + 1).stores({
			attempts: 'id, [moduleId+sectionId], moduleId, at, questionId',
			notes: 'id'
		});
		if (upgrade) next.upgrade(upgrade);
	}
}

/** Every table of a Dexie connection, read through that connection. */
export const readAll = async (db: Dexie) =>
	Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));

// ---------------------------------------------------------------------------------------------
// Every way the store writes, each changing something if it were allowed to.

export const newCard = reviewed(cards[0]!, true, new Date('2026-11-27T10:00:00Z'));

export const WRITES = {
	recordAttempt: (s: Connection) => recordAttempt(s, attempt('new', 'q3', 100)),
	closeSection: (s: Connection) => closeSection(s, { ...handedIn, round: 3, at: 100 }),
	saveReview: (s: Connection) => saveReview(s, newCard),
	joinAssignment: (s: Connection) => joinAssignment(s, { ...joined, code: '1.new.x' }),
	importSubmission: (s: Connection) =>
		importSubmission(s, { ...submission, checksum: 'sha256:new', fileName: 'new.json' }),
	restoreProgress: (s: Connection) =>
		restoreProgress(s, {
			attempts: [attempt('r1', 'q5', 101), attempt('r2', 'q6', 102)],
			closedSections: [{ ...handedIn, round: 4 }],
			assignments: [{ ...joined, code: '1.restored.x' }]
		}),
	reviewCards: (s: Connection) => reviewCards(s, () => [{ ...newCard, questionId: 'q-new' }]),
	markExported: (s: Connection) => markExported(s, 100),
	resetModule: (s: Connection) => resetModule(s, 'iraq'),
	removeAssignment: (s: Connection) => removeAssignmentFiles(s, CODE),
	keepMadeAssignment: (s: Connection) => keepMadeAssignment(s, { ...made, code: '1.new.y' }),
	forgetMadeAssignment: (s: Connection) => forgetMadeAssignment(s, made.code),
	saveStudioDraft: (s: Connection) => saveStudioDraft(s, { ...studioDraft, id: 'draft-new' }, null),
	deleteStudioDraft: (s: Connection) => deleteStudioDraft(s, studioDraft.id),
	keepModuleFile: (s: Connection) =>
		keepModuleFile(s, { ...openedFile, id: 'other', fingerprint: 'fedcba9876543210' }),
	removeModuleFile: (s: Connection) => removeModuleFile(s, openedFile.id)
};

export type WriteName = keyof typeof WRITES;
export const EVERY_WRITE = Object.keys(WRITES) as WriteName[];

/** Every write is refused with a StorageError naming `problem`. */
export async function expectEveryWriteRefused(store: Connection, problem: string) {
	for (const name of EVERY_WRITE) {
		const refused = WRITES[name](store);
		await expect(refused, name).rejects.toBeInstanceOf(StorageError);
		await expect(refused, name).rejects.toMatchObject({ problem });
	}
}
