import Dexie, { type Transaction } from 'dexie';
import { IDBFactory, IDBKeyRange, forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Assignment } from '$lib/assign/link';
import type { Attempt } from '$lib/module/progress';
import type { ResultsFile } from '$lib/results/file';
import { newCards, reviewed, type ReviewCard } from '$lib/review/schedule';
import {
	LecternDB,
	SCHEMA_VERSION,
	type ClosedSection,
	type JoinedAssignment,
	type MetaRow,
	type StoredAttempt,
	type Submission
} from './database';
import { StorageError } from './errors';
import { faultyStore } from './faulty-store';
import {
	RELEASED_SCHEMAS,
	writeV1Fixture,
	writeV2Fixture,
	writeV3Fixture,
	writeV4Fixture,
	type ReleasedVersion
} from './fixtures';
import { ProgressStore, SENTINEL, createStore, type StorageStatus } from './store';

// ---------------------------------------------------------------------------------------------
// Sample data: one of every kind of row, with the nested values and dates IndexedDB must keep.

const CODE = '1.abc.xyz';

const attempt = (
	id: string,
	questionId: string,
	at: number,
	extra: Partial<Attempt> = {}
): StoredAttempt => ({
	id,
	moduleId: 'iraq',
	sectionId: 's1',
	questionId,
	answer: { type: 'single', choice: 'a' },
	correct: true,
	try: 1,
	at,
	...extra
});

const assignment: Assignment = {
	module: 'iraq',
	sections: ['s1', 's2'],
	mode: 'deferred',
	passMark: 60,
	due: '2026-12-01',
	locked: true,
	title: 'Week 1 <i>',
	className: '10B'
};

const joined: JoinedAssignment = { code: CODE, assignment, name: 'Samira', joinedAt: 7 };

const submission: Submission = {
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

const ownWork = [
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
const assignedWork = [
	attempt('b1', 'q1', 5, { assignment: CODE, round: 1 }),
	attempt('b2', 'q1', 6, {
		assignment: CODE,
		round: 2,
		answer: { type: 'fill', text: 'Ba‘ath' }
	})
];

const handedIn: ClosedSection = {
	assignment: CODE,
	moduleId: 'iraq',
	sectionId: 's1',
	round: 1,
	at: 5.5
};

const cards: ReviewCard[] = newCards(ownWork, new Set());

// A type, not an interface, so that it can be read as rows by table name.
type Tables = {
	attempts: StoredAttempt[];
	meta: MetaRow[];
	assignments: JoinedAssignment[];
	submissions: Submission[];
	closedSections: ClosedSection[];
	reviews: ReviewCard[];
};

/** What a student of release `version` could have saved; tables that release lacked are empty. */
function savedBy(version: ReleasedVersion): Tables {
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
		reviews: version >= 4 ? cards : []
	};
}

const writeRelease: Record<ReleasedVersion, (f: IDBFactory, rows: Tables) => Promise<void>> = {
	1: (f, r) => writeV1Fixture(f, r.attempts),
	2: (f, r) =>
		writeV2Fixture(f, {
			attempts: r.attempts,
			assignments: r.assignments,
			submissions: r.submissions
		}),
	3: (f, r) => writeV3Fixture(f, r),
	4: (f, r) => writeV4Fixture(f, r)
};

/** A fresh browser holding what release `version` saved. */
async function browserWith(version: ReleasedVersion) {
	const indexedDB = new IDBFactory();
	const rows = savedBy(version);
	await writeRelease[version](indexedDB, rows);
	return { indexedDB, rows };
}

// ---------------------------------------------------------------------------------------------
// Looking at the database without Dexie, so that looking cannot change it.

const request = <T>(req: IDBRequest<T>) =>
	new Promise<T>((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});

interface Snapshot {
	version: number;
	tables: Record<string, [IDBValidKey, unknown][]>;
}

/** Every row of every table, with its key; null when there is no 'lectern' database at all. */
async function snapshot(indexedDB: IDBFactory): Promise<Snapshot | null> {
	if (!(await indexedDB.databases()).some((d) => d.name === 'lectern')) return null;
	const db = await request(indexedDB.open('lectern'));
	try {
		const names = [...db.objectStoreNames];
		const tx = db.transaction(names, 'readonly');
		// Every request is made before the first await: the transaction must not commit between them.
		const reads = names.map((n) => {
			const store = tx.objectStore(n);
			return Promise.all([request(store.getAllKeys()), request(store.getAll())]);
		});
		const tables: Snapshot['tables'] = {};
		for (const [i, [keys, values]] of (await Promise.all(reads)).entries())
			tables[names[i]!] = keys.map((k, j) => [k, values[j]]);
		return { version: db.version, tables };
	} finally {
		db.close();
	}
}

const keyString = (row: object, keyPath: string | readonly string[]) =>
	JSON.stringify(
		typeof keyPath === 'string'
			? (row as Record<string, unknown>)[keyPath]
			: keyPath.map((k) => (row as Record<string, unknown>)[k])
	);

const rowsOf = (snap: Snapshot | null, table: string) =>
	new Map((snap?.tables[table] ?? []).map(([k, v]) => [JSON.stringify(k), v]));

/** A connection that stays open and ignores `versionchange`, like a tab of an older build. */
async function oldTab(indexedDB: IDBFactory, version: ReleasedVersion) {
	return request(indexedDB.open('lectern', version * 10));
}

// ---------------------------------------------------------------------------------------------
// Builds other than this one.

/** The next release, as far as storage goes: an index on attempts and a table of its own. */
class NextRelease extends LecternDB {
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
const readAll = async (db: Dexie) =>
	Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));

// ---------------------------------------------------------------------------------------------
// Every way the store writes, each changing something if it were allowed to.

const newCard = reviewed(cards[0]!, true, new Date('2026-11-27T10:00:00Z'));

const WRITES = {
	recordAttempt: (s: ProgressStore) => s.recordAttempt(attempt('new', 'q3', 100)),
	closeSection: (s: ProgressStore) => s.closeSection({ ...handedIn, round: 3, at: 100 }),
	saveReview: (s: ProgressStore) => s.saveReview(newCard),
	joinAssignment: (s: ProgressStore) => s.joinAssignment({ ...joined, code: '1.new.x' }),
	importSubmission: (s: ProgressStore) =>
		s.importSubmission({ ...submission, checksum: 'sha256:new', fileName: 'new.json' }),
	restoreProgress: (s: ProgressStore) =>
		s.restoreProgress({
			attempts: [attempt('r1', 'q5', 101), attempt('r2', 'q6', 102)],
			closedSections: [{ ...handedIn, round: 4 }],
			assignments: [{ ...joined, code: '1.restored.x' }]
		}),
	reviewCards: (s: ProgressStore) => s.reviewCards(() => [{ ...newCard, questionId: 'q-new' }]),
	markExported: (s: ProgressStore) => s.markExported(100),
	resetModule: (s: ProgressStore) => s.resetModule('iraq'),
	removeAssignment: (s: ProgressStore) => s.removeAssignment(CODE)
};

type WriteName = keyof typeof WRITES;
const EVERY_WRITE = Object.keys(WRITES) as WriteName[];

/** Every write is refused with a StorageError naming `problem`. */
async function expectEveryWriteRefused(store: ProgressStore, problem: string) {
	for (const name of EVERY_WRITE) {
		const refused = WRITES[name](store);
		await expect(refused, name).rejects.toBeInstanceOf(StorageError);
		await expect(refused, name).rejects.toMatchObject({ problem });
	}
}

/** Dexie says on the console when an upgrade is blocked; these tests cause that on purpose. */
function quietDexie() {
	const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
	onTestFinished(() => warn.mockRestore());
}

/** A browser's localStorage, for one test: Node has none. */
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, String(value))
	};
}

// ---------------------------------------------------------------------------------------------

describe('released schema fixtures', () => {
	// Each release's `stores()` as it shipped: the fixtures are checked against what Dexie makes of them.
	const HISTORY: Record<string, string>[] = [
		{ attempts: 'id, [moduleId+sectionId], moduleId, at', meta: 'key' },
		{ assignments: 'code, joinedAt', submissions: 'checksum, assignmentCode, importedAt' },
		{ closedSections: '[assignment+sectionId+round], assignment' },
		{ reviews: '[moduleId+questionId], due' }
	];

	async function shapeOf(indexedDB: IDBFactory) {
		const db = await request(indexedDB.open('lectern'));
		const names = [...db.objectStoreNames].sort();
		const tx = db.transaction(names, 'readonly');
		const stores = names.map((name) => {
			const store = tx.objectStore(name);
			const indexes = [...store.indexNames].sort().map((i) => {
				const { keyPath, unique, multiEntry } = store.index(i);
				return { name: i, keyPath, unique, multiEntry };
			});
			return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
		});
		db.close();
		return { version: db.version, stores };
	}

	it.each([1, 2, 3, 4] as const)(
		'the version %i fixture has exactly the tables and indexes that release created',
		async (version) => {
			const { indexedDB: fixture } = await browserWith(version);
			const indexedDB = new IDBFactory();
			const released = new Dexie('lectern', { indexedDB, IDBKeyRange });
			HISTORY.slice(0, version).forEach((stores, i) => released.version(i + 1).stores(stores));
			await released.open();
			released.close();
			expect(await shapeOf(fixture)).toStrictEqual(await shapeOf(indexedDB));
		}
	);

	it('the current code creates the same database as the newest fixture', async () => {
		const { indexedDB: fixture } = await browserWith(SCHEMA_VERSION);
		const indexedDB = new IDBFactory();
		const db = new LecternDB('lectern', { indexedDB, IDBKeyRange });
		await db.open();
		db.close();
		expect(await shapeOf(fixture)).toStrictEqual(await shapeOf(indexedDB));
	});
});

describe('upgrading a released database', () => {
	it.each([1, 2, 3, 4] as const)(
		'a database saved by version %i opens in the current version with every row as it was, and takes new answers',
		async (version) => {
			const { indexedDB, rows } = await browserWith(version);
			const store = createStore({ indexedDB, IDBKeyRange });
			expect(await store.keeps()).toBe(true);
			expect(store.status).toBe('ready');

			const after = await snapshot(indexedDB);
			expect(after?.version).toBe(SCHEMA_VERSION * 10);
			expect(Object.keys(after?.tables ?? {}).sort()).toEqual(
				Object.keys(RELEASED_SCHEMAS[SCHEMA_VERSION]).sort()
			);
			const saved: Record<string, readonly object[]> = rows;
			for (const [table, { keyPath }] of Object.entries(RELEASED_SCHEMAS[SCHEMA_VERSION])) {
				const now = rowsOf(after, table);
				const before = saved[table] ?? [];
				for (const row of before) {
					const key = keyString(row, keyPath);
					// The schema row is the one row an upgrade must change.
					const expected =
						table === 'meta' && key === '"schema"' ? { key: 'schema', value: SCHEMA_VERSION } : row;
					expect(now.get(key), `${table} ${key}`).toStrictEqual(expected);
				}
				const added = [...now.keys()].filter(
					(k) => !before.some((row) => keyString(row, keyPath) === k)
				);
				if (table === 'meta') expect(added.filter((k) => k !== '"created"')).toEqual([]);
				else if (table !== 'attempts') expect(added, table).toEqual([]);
				else
					// Only version 3's copies of earlier work for a joined assignment may appear.
					for (const k of added) {
						const copy = now.get(k) as StoredAttempt;
						const original = rows.attempts.find((a) => copy.id.startsWith(`${a.id}~`));
						expect(original, copy.id).toBeDefined();
						expect(rows.assignments.map((j) => j.code)).toContain(copy.assignment);
						expect(copy).toStrictEqual({
							...original,
							id: copy.id,
							assignment: copy.assignment,
							round: 1
						});
					}
			}

			const answer = await store.recordAttempt(attempt('after', 'q9', 50));
			const later = await snapshot(indexedDB);
			expect(rowsOf(later, 'attempts').get('"after"')).toStrictEqual(answer);
			expect(later?.tables.attempts).toHaveLength((after?.tables.attempts?.length ?? 0) + 1);
		}
	);

	it.each([
		{
			how: 'throws at once',
			upgrade: () => {
				throw new Error('upgrade bug');
			}
		},
		{
			how: 'fails after writing',
			// A change of every kind, to old tables and the new one: all of it must roll back.
			upgrade: async (tx: Transaction) => {
				await tx.table('attempts').put({ ...ownWork[0], correct: false, questionId: 'changed' });
				await tx.table('attempts').add(attempt('half', 'q1', 60));
				await tx.table('notes').add({ id: 'half' });
				await tx.table('reviews').clear();
				await tx.table('meta').put({ key: 'schema', value: SCHEMA_VERSION + 1 });
				throw new Error('upgrade bug');
			}
		}
	])(
		'an update whose upgrade $how saves nothing, and the next load finds the database exactly as it was',
		async ({ upgrade }) => {
			const { indexedDB } = await browserWith(SCHEMA_VERSION);
			const before = await snapshot(indexedDB);

			const store = new ProgressStore(new NextRelease(indexedDB, upgrade));
			expect(await store.keeps()).toBe(false);
			expect(store.status).toBe('failed');
			await expectEveryWriteRefused(store, store.status);
			expect(await snapshot(indexedDB)).toStrictEqual(before);

			const reloaded = createStore({ indexedDB, IDBKeyRange });
			expect(await reloaded.keeps()).toBe(true);
			const after = await snapshot(indexedDB);
			expect(after?.version).toBe(SCHEMA_VERSION * 10);
			expect(after).toStrictEqual(before);
		}
	);

	it('an update whose schema Dexie refuses to apply says "failed", not that this browser keeps nothing, and changes nothing', async () => {
		const { indexedDB } = await browserWith(SCHEMA_VERSION);
		const before = await snapshot(indexedDB);
		// A primary key cannot change in place (Dexie's UpgradeError): a release that tries it fails.
		const broken = new LecternDB('lectern', { indexedDB, IDBKeyRange });
		broken.version(SCHEMA_VERSION + 1).stores({ submissions: 'fileName, assignmentCode' });

		const store = new ProgressStore(broken);
		expect(await store.keeps()).toBe(false);
		expect(store.status).toBe('failed');
		const refused = WRITES.recordAttempt(store);
		await expect(refused).rejects.toBeInstanceOf(StorageError);
		await expect(refused).rejects.toMatchObject({ problem: 'failed' });
		expect(await snapshot(indexedDB)).toStrictEqual(before);
	});
});

describe('a full disk', () => {
	const quota = new DOMException('x', 'QuotaExceededError');
	it.each(
		[
			{ form: 'QuotaExceededError', error: quota },
			{
				// What Chromium delivers: the transaction's AbortError, the quota error inside it.
				form: 'AbortError wrapping it',
				error: Object.assign(new DOMException('x', 'AbortError'), { inner: quota })
			}
		].flatMap(({ form, error }) => EVERY_WRITE.map((write) => ({ form, error, write })))
	)(
		'refuses $write with "quota" ($form), leaves the saved work exactly as it was, and takes it once space is freed',
		async ({ error, write }) => {
			const { indexedDB } = await browserWith(SCHEMA_VERSION);
			let full = false;
			const store = faultyStore(indexedDB, () => full && error);
			expect(await store.keeps()).toBe(true);
			const before = await snapshot(indexedDB);

			full = true;
			const refused = WRITES[write](store);
			await expect(refused).rejects.toBeInstanceOf(StorageError);
			await expect(refused).rejects.toMatchObject({ problem: 'quota' });
			expect(await snapshot(indexedDB)).toStrictEqual(before);
			expect(store.status).toBe('ready');

			full = false;
			await WRITES[write](store);
			expect(await snapshot(indexedDB)).not.toStrictEqual(before);
		}
	);
});

describe('all or nothing', () => {
	const file = {
		attempts: [attempt('a1', 'q1', 1), attempt('f1', 'q7', 21), attempt('f2', 'q8', 22)],
		closedSections: [handedIn, { ...handedIn, sectionId: 's2', round: 2 }],
		assignments: [
			{ ...joined, code: '1.two.x' },
			{ ...joined, code: '1.three.x', name: 'Sam' }
		]
	};
	// a1 is already stored, so the file adds six rows after checking seven.
	const ADDS = 6;

	it.each(Array.from({ length: ADDS }, (_, i) => i + 1))(
		'a restore that fails at the new row %i of the file leaves none of the file, and the same file restores in full afterwards',
		async (n) => {
			const indexedDB = new IDBFactory();
			await writeV4Fixture(indexedDB, { attempts: [ownWork[0]!], reviews: cards });
			let armed = false;
			let adds = 0;
			const store = faultyStore(
				indexedDB,
				(_, req) =>
					armed && req.type === 'add' && ++adds === n && new DOMException('disk', 'UnknownError')
			);
			expect(await store.keeps()).toBe(true);
			const before = await snapshot(indexedDB);

			armed = true;
			await expect(store.restoreProgress(file)).rejects.toBeInstanceOf(StorageError);
			expect(adds).toBe(n);
			expect(await snapshot(indexedDB)).toStrictEqual(before);

			armed = false;
			expect(await store.restoreProgress(file)).toEqual({ added: ADDS, known: 1 });
		}
	);

	it('an import that fails leaves no trace, and the same file imports as new afterwards', async () => {
		const { indexedDB } = await browserWith(SCHEMA_VERSION);
		let armed = false;
		const store = faultyStore(
			indexedDB,
			(table) => armed && table === 'submissions' && new DOMException('disk', 'UnknownError')
		);
		expect(await store.keeps()).toBe(true);
		const before = await snapshot(indexedDB);
		const row = { ...submission, checksum: 'sha256:2', fileName: 'sam.json' };

		armed = true;
		await expect(store.importSubmission(row)).rejects.toBeInstanceOf(StorageError);
		expect(await snapshot(indexedDB)).toStrictEqual(before);

		armed = false;
		expect(await store.importSubmission(row)).toBe('added');
		expect((await store.submissions()).map((s) => s.checksum)).toEqual(['sha256:1', 'sha256:2']);
	});
});

describe('two tabs', () => {
	it('two tabs answering the same section at once keep every answer exactly once', async () => {
		const { indexedDB, rows } = await browserWith(SCHEMA_VERSION);
		const tabs = [createStore({ indexedDB, IDBKeyRange }), createStore({ indexedDB, IDBKeyRange })];
		const answers = Array.from({ length: 60 }, (_, i) =>
			attempt(`t${i}`, `q${i % 6}`, 1000 + i, { try: 1 + (i % 2) })
		);
		// Ids left to the store, as the quiz leaves them, so that two tabs could only collide there.
		const saved = await Promise.all(
			answers.map((a, i) => {
				const answer: Attempt = { ...a };
				delete answer.id;
				return tabs[i % 2]!.recordAttempt(answer);
			})
		);

		const stored = [...rowsOf(await snapshot(indexedDB), 'attempts').values()] as StoredAttempt[];
		expect(stored).toHaveLength(rows.attempts.length + answers.length);
		for (const row of saved) expect(stored.find((s) => s.id === row.id)).toStrictEqual(row);
		const times = stored.map((s) => s.at).filter((at) => at >= 1000);
		expect(times.sort((a, b) => a - b)).toEqual(answers.map((a) => a.at));
	});

	it('answers racing another tab’s hand-in are kept or refused, and none gets in after the hand-in', async () => {
		const indexedDB = new IDBFactory();
		const student = createStore({ indexedDB, IDBKeyRange });
		const other = createStore({ indexedDB, IDBKeyRange });
		const round = { ...handedIn, round: 2 };
		const answer = (i: number) => attempt(`h${i}`, `q${i}`, i, { assignment: CODE, round: 2 });
		// Both tabs open first, so that the hand-in really lands among the answers.
		expect(await Promise.all([student.keeps(), other.keeps()])).toEqual([true, true]);

		const outcomes: Promise<'kept' | 'refused'>[] = [];
		for (let i = 0; i < 20; i++) {
			outcomes.push(
				student.recordAttempt(answer(i)).then(
					() => 'kept' as const,
					(e: unknown) => {
						expect(e).toMatchObject({ problem: 'handed-in' });
						return 'refused' as const;
					}
				)
			);
			if (i === 4) outcomes.push(other.closeSection(round).then(() => 'kept' as const));
		}
		const results = await Promise.all(outcomes);
		const answered = results.filter((_, i) => i !== 5);

		const stored = rowsOf(await snapshot(indexedDB), 'attempts');
		answered.forEach((r, i) => expect(stored.has(`"h${i}"`), `h${i}`).toBe(r === 'kept'));
		// Answers of one tab commit in the order given: once one is refused, all later ones are.
		const firstRefused = answered.indexOf('refused');
		expect(firstRefused).toBeGreaterThanOrEqual(0);
		expect(answered.slice(firstRefused).every((r) => r === 'refused')).toBe(true);
		await expect(student.recordAttempt(answer(99))).rejects.toMatchObject({
			problem: 'handed-in'
		});
	});
});

describe('a tab left behind by an update', () => {
	it.each(EVERY_WRITE)(
		'refuses %s with "stale" and writes nothing into the upgraded database',
		async (write) => {
			const { indexedDB } = await browserWith(SCHEMA_VERSION);
			const store = createStore({ indexedDB, IDBKeyRange });
			expect(await store.keeps()).toBe(true);

			const newer = new NextRelease(indexedDB);
			await newer.open();
			onTestFinished(() => newer.close());
			expect(store.status).toBe('stale');
			const before = await readAll(newer);

			const refused = WRITES[write](store);
			await expect(refused).rejects.toBeInstanceOf(StorageError);
			await expect(refused).rejects.toMatchObject({ problem: 'stale' });
			expect(await readAll(newer)).toStrictEqual(before);
			expect(store.status).toBe('stale');
		}
	);

	it('answers being saved as another tab updates are kept exactly once, and the tab then stops', async () => {
		const { indexedDB, rows } = await browserWith(SCHEMA_VERSION);
		const store = createStore({ indexedDB, IDBKeyRange });
		expect(await store.keeps()).toBe(true);

		const answers = Array.from({ length: 10 }, (_, i) => attempt(`u${i}`, 'q1', 200 + i));
		const saving = answers.map((a) =>
			store.recordAttempt(a).then(
				() => true,
				(e: unknown) => {
					expect(e).toMatchObject({ problem: 'stale' });
					return false;
				}
			)
		);
		const newer = new NextRelease(indexedDB);
		await newer.open();
		onTestFinished(() => newer.close());
		const kept = await Promise.all(saving);

		const stored = await newer.attempts.toArray();
		expect(stored).toHaveLength(rows.attempts.length + kept.filter(Boolean).length);
		answers.forEach((a, i) =>
			expect(stored.filter((s) => s.id === a.id)).toStrictEqual(kept[i] ? [a] : [])
		);
		expect(store.status).toBe('stale');
		await expect(store.recordAttempt(attempt('late', 'q1', 300))).rejects.toMatchObject({
			problem: 'stale'
		});
	});
});

describe('a tab left behind by an update: what the page is told', () => {
	it('goes from "ready" straight to "stale", never through "closed" (which would say the data was cleared), even with answers being saved', async () => {
		const { indexedDB } = await browserWith(SCHEMA_VERSION);
		const store = createStore({ indexedDB, IDBKeyRange });
		const seen: StorageStatus[] = [];
		store.onStatus((s) => seen.push(s));
		expect(await store.keeps()).toBe(true);

		const saving = Array.from({ length: 5 }, (_, i) =>
			store.recordAttempt(attempt(`s${i}`, 'q1', 200 + i)).then(
				() => 'kept',
				(e: unknown) => (e as StorageError).problem
			)
		);
		const newer = new NextRelease(indexedDB);
		await newer.open();
		onTestFinished(() => newer.close());
		for (const outcome of await Promise.all(saving)) expect(['kept', 'stale']).toContain(outcome);
		await expect(store.recordAttempt(attempt('late', 'q1', 300))).rejects.toMatchObject({
			problem: 'stale'
		});

		expect(seen).toEqual(['opening', 'ready', 'stale']);
		expect(store.status).toBe('stale');
	});
});

describe('a database newer than this code', () => {
	it.each([
		{
			case: 'its schema row is newer',
			make: (indexedDB: IDBFactory) =>
				writeV4Fixture(indexedDB, {
					...savedBy(4),
					meta: [
						{ key: 'schema', value: SCHEMA_VERSION + 1 },
						{ key: 'created', value: 1 }
					]
				})
		},
		{
			case: 'the next release upgraded it',
			make: async (indexedDB: IDBFactory) => {
				await writeV4Fixture(indexedDB, savedBy(4));
				const next = new NextRelease(indexedDB);
				await next.meta.put({ key: 'schema', value: SCHEMA_VERSION + 1 });
				await next.table('notes').add({ id: 'n1', text: 'kept by the next release' });
				next.close();
			}
		}
	])(
		'($case) refuses every write with "newer", changes nothing, and still lets the student download their work',
		async ({ make }) => {
			const indexedDB = new IDBFactory();
			await make(indexedDB);
			const before = await snapshot(indexedDB);

			const store = createStore({ indexedDB, IDBKeyRange });
			expect(await store.keeps()).toBe(false);
			expect(store.status).toBe('newer');
			await expectEveryWriteRefused(store, 'newer');
			const unsaved = attempt('unsaved', 'q4', 400);
			const file = await store.exportProgress([unsaved]);
			expect(file.attempts).toStrictEqual([...savedBy(4).attempts, unsaved]);
			expect(await snapshot(indexedDB)).toStrictEqual(before);
		}
	);

	const NEXT = (SCHEMA_VERSION + 1) * 10;

	it.each([
		{ row: 'absent', meta: [{ key: 'created', value: 1 }] },
		{
			row: `says ${SCHEMA_VERSION}`,
			meta: [
				{ key: 'created', value: 1 },
				{ key: 'schema', value: SCHEMA_VERSION }
			]
		},
		{
			row: `says ${SCHEMA_VERSION + 1}`,
			meta: [
				{ key: 'created', value: 1 },
				{ key: 'schema', value: SCHEMA_VERSION + 1 }
			]
		}
	] satisfies { row: string; meta: MetaRow[] }[])(
		'one the next release opened and saved an answer in (schema row $row) says "newer", refuses answers, and keeps its version, tables and rows',
		async ({ meta }) => {
			const indexedDB = new IDBFactory();
			await writeV4Fixture(indexedDB, { ...savedBy(4), meta });
			// The next release leaves the meta row as it found it.
			const next = new NextRelease(indexedDB);
			await next.attempts.add(attempt('next', 'q1', 500));
			next.close();
			const before = await snapshot(indexedDB);
			expect(await indexedDB.databases()).toEqual([{ name: 'lectern', version: NEXT }]);
			expect([...rowsOf(before, 'meta').values()]).toStrictEqual(meta);

			const store = createStore({ indexedDB, IDBKeyRange });
			expect(await store.keeps()).toBe(false);
			expect(store.status).toBe('newer');
			await expectEveryWriteRefused(store, 'newer');

			expect(await indexedDB.databases()).toEqual([{ name: 'lectern', version: NEXT }]);
			const after = await snapshot(indexedDB);
			expect(Object.keys(after?.tables ?? {}).sort()).toEqual(
				[...Object.keys(RELEASED_SCHEMAS[SCHEMA_VERSION]), 'notes'].sort()
			);
			expect([...rowsOf(after, 'meta').values()]).toStrictEqual(meta);
			expect(after).toStrictEqual(before);
		}
	);

	it('one the next release made with fewer tables says "newer", and gets neither the missing tables nor a higher version', async () => {
		const indexedDB = new IDBFactory();
		const next = new Dexie('lectern', { indexedDB, IDBKeyRange });
		next.version(SCHEMA_VERSION + 1).stores({
			attempts: 'id, [moduleId+sectionId], moduleId, at',
			meta: 'key'
		});
		await next.table('attempts').bulkAdd(ownWork);
		await next.table('meta').bulkAdd([
			{ key: 'created', value: 1 },
			{ key: 'schema', value: SCHEMA_VERSION + 1 }
		]);
		next.close();
		const before = await snapshot(indexedDB);
		expect(before?.version).toBe(NEXT);
		expect(Object.keys(before?.tables ?? {}).sort()).toEqual(['attempts', 'meta']);

		const store = createStore({ indexedDB, IDBKeyRange });
		expect(await store.keeps()).toBe(false);
		expect(store.status).toBe('newer');
		await expect(WRITES.recordAttempt(store)).rejects.toMatchObject({ problem: 'newer' });
		// The student can still take their work away.
		expect((await store.exportProgress()).attempts).toStrictEqual(ownWork);

		expect(await indexedDB.databases()).toEqual([{ name: 'lectern', version: NEXT }]);
		expect(await snapshot(indexedDB)).toStrictEqual(before);
	});
});

describe('site data wiped while the page is open', () => {
	it('the tab stops saving rather than starting an empty database, and still hands over what it could not save', async () => {
		const { indexedDB } = await browserWith(SCHEMA_VERSION);
		const db = new LecternDB('lectern', { indexedDB, IDBKeyRange });
		const store = new ProgressStore(db);
		await store.recordAttempt(attempt('last', 'q1', 30));
		const before = await snapshot(indexedDB);

		// What Chromium does to open connections when the user clears site data. The package
		// types the argument as the IDBDatabase constructor; it takes a connection.
		forceCloseDatabase(db.backendDB() as unknown as typeof IDBDatabase);
		await expect.poll(() => store.status).toBe('closed');
		await expectEveryWriteRefused(store, 'closed');
		// A forced close alone loses nothing committed: a reload would find it all.
		expect(await snapshot(indexedDB)).toStrictEqual(before);

		await request(indexedDB.deleteDatabase('lectern'));
		await expectEveryWriteRefused(store, 'closed');
		const unsaved = attempt('unsaved', 'q2', 31);
		expect((await store.exportProgress([unsaved])).attempts).toStrictEqual([unsaved]);
		expect(await snapshot(indexedDB)).toBeNull();
		expect(store.status).toBe('closed');
	});
});

describe('site data cleared since the last visit', () => {
	afterEach(() => vi.unstubAllGlobals());

	/** A visit that ends: the store saves, then the tab closes its connection. */
	async function visitAndLeave(indexedDB: IDBFactory, answer: StoredAttempt) {
		const db = new LecternDB('lectern', { indexedDB, IDBKeyRange });
		const store = new ProgressStore(db);
		await store.recordAttempt(answer);
		const file = await store.exportProgress();
		db.close();
		return { store, file };
	}

	it('a first visit is not taken for a wipe, and notes in localStorage that a database exists', async () => {
		const storage = memoryStorage();
		vi.stubGlobal('localStorage', storage);
		const indexedDB = new IDBFactory();

		const store = createStore({ indexedDB, IDBKeyRange });
		expect(await store.keeps()).toBe(true);
		expect(store.wiped).toBe(false);
		const created = rowsOf(await snapshot(indexedDB), 'meta').get('"created"') as MetaRow;
		expect(storage.getItem(SENTINEL)).toBe(String(created.value));
	});

	it.each([1, 2, 3, 4] as const)(
		'a student of version %i, from before the note existed, is not told their data was cleared',
		async (version) => {
			const storage = memoryStorage();
			vi.stubGlobal('localStorage', storage);
			const { indexedDB } = await browserWith(version);

			const store = createStore({ indexedDB, IDBKeyRange });
			expect(await store.keeps()).toBe(true);
			expect(store.wiped).toBe(false);
			expect(storage.getItem(SENTINEL)).not.toBeNull();
		}
	);

	it('the next visit to the same browser is not a wipe', async () => {
		const storage = memoryStorage();
		vi.stubGlobal('localStorage', storage);
		const indexedDB = new IDBFactory();
		const { store: first } = await visitAndLeave(indexedDB, attempt('kept', 'q1', 1));
		expect(first.wiped).toBe(false);
		const noted = storage.getItem(SENTINEL);

		const store = createStore({ indexedDB, IDBKeyRange });
		expect(await store.keeps()).toBe(true);
		expect(store.wiped).toBe(false);
		expect(storage.getItem(SENTINEL)).toBe(noted);
		expect((await store.allAttempts()).map((a) => a.id)).toEqual(['kept']);
	});

	it('a database deleted since the last visit is reported as wiped; the new one takes answers and the downloaded file', async () => {
		vi.stubGlobal('localStorage', memoryStorage());
		const indexedDB = new IDBFactory();
		const { file } = await visitAndLeave(indexedDB, attempt('lost', 'q1', 1));
		await request(indexedDB.deleteDatabase('lectern'));
		expect(await snapshot(indexedDB)).toBeNull();

		const store = createStore({ indexedDB, IDBKeyRange });
		expect(await store.keeps()).toBe(true);
		expect(store.status).toBe('ready');
		expect(store.wiped).toBe(true);
		const row = await store.recordAttempt(attempt('again', 'q2', 2));
		expect(rowsOf(await snapshot(indexedDB), 'attempts').get('"again"')).toStrictEqual(row);

		expect(await store.restoreProgress(file)).toEqual({ added: 1, known: 0 });
		expect((await store.allAttempts()).map((a) => a.id)).toEqual(['lost', 'again']);
	});

	it.each([
		{ storage: 'no localStorage', value: undefined },
		{
			storage: 'a localStorage that refuses every call',
			value: {
				...memoryStorage(),
				getItem: () => {
					throw new DOMException('denied', 'SecurityError');
				},
				setItem: () => {
					throw new DOMException('denied', 'SecurityError');
				}
			}
		}
	])(
		'with $storage a wipe cannot be told, so none is reported, and answers are kept',
		async ({ value }) => {
			vi.stubGlobal('localStorage', value);
			const indexedDB = new IDBFactory();
			const { store: first } = await visitAndLeave(indexedDB, attempt('lost', 'q1', 1));
			expect(first.wiped).toBe(false);
			await request(indexedDB.deleteDatabase('lectern'));

			const store = createStore({ indexedDB, IDBKeyRange });
			expect(await store.keeps()).toBe(true);
			expect(store.wiped).toBe(false);
			const row = await store.recordAttempt(attempt('again', 'q2', 2));
			expect(await store.allAttempts()).toStrictEqual([row]);
		}
	);
});

describe('a blocked upgrade', () => {
	it('an update held up by a tab still on version 3 says "blocked", then upgrades with every row kept and saves the answer given meanwhile', async () => {
		quietDexie();
		const { indexedDB, rows } = await browserWith(3);
		const old = await oldTab(indexedDB, 3);
		let versionchanges = 0;
		old.addEventListener('versionchange', () => versionchanges++);

		const store = createStore({ indexedDB, IDBKeyRange });
		let saved = false;
		const saving = store.recordAttempt(attempt('meanwhile', 'q1', 40)).then((row) => {
			saved = true;
			return row;
		});
		await expect.poll(() => store.status).toBe('blocked');
		expect(versionchanges).toBe(1);
		expect(saved).toBe(false);
		// Opening the database now would queue behind the blocked upgrade: ask the factory instead.
		expect(await indexedDB.databases()).toEqual([{ name: 'lectern', version: 30 }]);

		old.close();
		const row = await saving;
		expect(store.status).toBe('ready');
		const after = await snapshot(indexedDB);
		expect(after?.version).toBe(SCHEMA_VERSION * 10);
		expect([...rowsOf(after, 'attempts').values()]).toStrictEqual(
			[...rows.attempts, row].sort((a, b) => (a.id < b.id ? -1 : 1))
		);
		expect([...rowsOf(after, 'closedSections').values()]).toStrictEqual(rows.closedSections);
		expect([...rowsOf(after, 'assignments').values()]).toStrictEqual(rows.assignments);
		expect([...rowsOf(after, 'submissions').values()]).toStrictEqual(rows.submissions);
	});

	it('a version 5 update held up by a tab on version 4 says "blocked", and upgrades keeping every row once that tab closes (this code then reports "newer")', async () => {
		quietDexie();
		const { indexedDB } = await browserWith(SCHEMA_VERSION);
		const before = await snapshot(indexedDB);
		const old = await oldTab(indexedDB, SCHEMA_VERSION);

		const store = new ProgressStore(new NextRelease(indexedDB));
		const keeps = store.keeps();
		await expect.poll(() => store.status).toBe('blocked');
		expect(await indexedDB.databases()).toEqual([
			{ name: 'lectern', version: SCHEMA_VERSION * 10 }
		]);

		old.close();
		// ProgressStore is this build's code: it will not write into a version 5 database.
		expect(await keeps).toBe(false);
		expect(store.status).toBe('newer');
		const after = await snapshot(indexedDB);
		expect(after?.version).toBe((SCHEMA_VERSION + 1) * 10);
		expect(after?.tables).toStrictEqual({ ...before?.tables, notes: [] });
	});
});
