import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from './database';
import { StorageError } from './errors';
import { faultyConnection } from './testing/faulty-store';
import { writeV1Fixture, writeV2Fixture } from './testing/fixtures';
import { newAttempt } from './testing/samples';
import { readProgressFile } from './progress-file';
import { newCards, reviewed } from '$lib/review/schedule';
import { Connection, connect } from './connection';
import {
	recordAttempt,
	closeSection,
	assignmentLog,
	moduleAttempts,
	watchSection,
	resetModule
} from './attempts';
import { joinAssignment, joinedAssignment, markHandedIn } from './assignments';
import {
	importSubmission,
	listSubmissions,
	removeAssignmentFiles,
	restoreSubmissions
} from './submissions';
import { reviewCards, saveReview } from './reviews';
import { forgetMadeAssignment, keepMadeAssignment, madeAssignments } from './made';
import { exportProgress } from './backup';
import { RESTORE_CHUNK, restoreProgress } from './restore';

const attempt = newAttempt;
/** Hands in section s1 of an assignment, round 1, at a given time. */
const handIn = (store: Connection, code: string, at: number) =>
	closeSection(store, { assignment: code, moduleId: 'iraq', sectionId: 's1', round: 1, at });

const fresh = () => {
	const indexedDB = new IDBFactory();
	return { indexedDB, store: connect({ indexedDB, IDBKeyRange }) };
};

describe('Connection', () => {
	it('appends each attempt as its own row and reads them back in order', async () => {
		const { store } = fresh();
		const a = await recordAttempt(store, attempt('q2', 2));
		const b = await recordAttempt(store, attempt('q1', 1));
		await recordAttempt(store, attempt('q1', 3, { sectionId: 's2' }));
		expect(a.id).not.toBe(b.id);
		expect((await moduleAttempts(store, 'iraq', 's1')).map((r) => r.questionId)).toEqual([
			'q1',
			'q2'
		]);
		expect(await moduleAttempts(store, 'iraq')).toHaveLength(3);
		expect(store.status).toBe('ready');
	});

	it('keeps two answers to the same question (the log is append-only)', async () => {
		const { store } = fresh();
		await recordAttempt(store, attempt('q1', 1, { correct: false }));
		await recordAttempt(store, attempt('q1', 2, { try: 2 }));
		expect(await moduleAttempts(store, 'iraq', 's1')).toHaveLength(2);
	});

	it('two pages on one database keep both pages’ answers', async () => {
		const indexedDB = new IDBFactory();
		const tabA = connect({ indexedDB, IDBKeyRange });
		const tabB = connect({ indexedDB, IDBKeyRange });
		await Promise.all([
			recordAttempt(tabA, attempt('q1', 1)),
			recordAttempt(tabB, attempt('q2', 2)),
			recordAttempt(tabA, attempt('q3', 3))
		]);
		expect((await moduleAttempts(tabB, 'iraq')).map((a) => a.questionId)).toEqual([
			'q1',
			'q2',
			'q3'
		]);
	});

	it('tells a watcher of a section about every new attempt', async () => {
		const { store } = fresh();
		const seen: number[] = [];
		const stop = watchSection(
			store,
			'iraq',
			's1',
			null,
			({ attempts }) => seen.push(attempts.length),
			() => {}
		);
		await expect.poll(() => seen).toEqual([0]);
		await recordAttempt(store, attempt('q1', 1));
		await recordAttempt(store, attempt('q1', 2, { sectionId: 's2' }));
		await expect.poll(() => seen.at(-1)).toBe(1);
		stop();
		await recordAttempt(store, attempt('q2', 3));
		await new Promise((r) => setTimeout(r, 50));
		expect(seen.at(-1)).toBe(1);
	});

	it('upgrades a version 2 database and keeps every row of it', async () => {
		const indexedDB = new IDBFactory();
		const joined = { code: '1.abc.xyz', assignment: {}, name: 'Sam', joinedAt: 3 };
		const submission = {
			checksum: 'sha256:1',
			fileName: 'a.json',
			moduleId: 'iraq',
			assignmentCode: '1.abc.xyz',
			importedAt: 4,
			file: {}
		};
		await writeV2Fixture(indexedDB, {
			attempts: [{ ...attempt('q1', 1), id: 'old-1' }],
			assignments: [joined],
			submissions: [submission]
		});
		const store = connect({ indexedDB, IDBKeyRange });
		expect(await store.keeps()).toBe(true);
		expect((await moduleAttempts(store, 'iraq')).map((a) => a.id)).toEqual(['old-1']);
		expect(await joinedAssignment(store, '1.abc.xyz')).toEqual(joined);
		expect(await listSubmissions(store)).toEqual([submission]);
		await handIn(store, '1.abc.xyz', 5);
		expect((await assignmentLog(store, '1.abc.xyz', 'iraq')).closed).toHaveLength(1);
		const raw = new Dexie('lectern', { indexedDB, IDBKeyRange });
		await raw.open();
		expect(raw.verno).toBe(SCHEMA_VERSION);
		expect(await raw.table('meta').get('schema')).toEqual({ key: 'schema', value: SCHEMA_VERSION });
		raw.close();
	});

	it('gives each assignment joined before version 3 its own copy of the work done for it', async () => {
		const indexedDB = new IDBFactory();
		const joined = (code: string, sections: string[]) => ({
			code,
			assignment: { module: 'iraq', sections, mode: 'immediate', passMark: 0, locked: false },
			name: 'Sam',
			joinedAt: 1
		});
		await writeV2Fixture(indexedDB, {
			attempts: [
				{ ...attempt('q1', 2), id: 'a' },
				{ ...attempt('q9', 3, { sectionId: 's2' }), id: 'b' },
				{ ...attempt('q1', 4, { moduleId: 'other' }), id: 'c' }
			],
			assignments: [joined('1.one.x', ['s1']), joined('1.two.y', ['s1', 's2'])],
			submissions: []
		});
		const store = connect({ indexedDB, IDBKeyRange });
		const one = await assignmentLog(store, '1.one.x', 'iraq');
		const two = await assignmentLog(store, '1.two.y', 'iraq');
		expect(one.attempts.map((a) => [a.questionId, a.round])).toEqual([['q1', 1]]);
		expect(two.attempts.map((a) => a.questionId)).toEqual(['q1', 'q9']);
		// The student's own log is as it was.
		const own = (await moduleAttempts(store, 'iraq')).filter((a) => !a.assignment);
		expect(own.map((a) => a.id)).toEqual(['a', 'b']);
	});

	it('refuses an answer for a section another tab has handed in, and keeps the log as it was', async () => {
		const { store } = fresh();
		const code = '1.abc.xyz';
		await recordAttempt(store, attempt('q1', 1, { assignment: code, round: 1 }));
		await handIn(store, code, 2);
		await expect(
			recordAttempt(store, attempt('q1', 3, { assignment: code, round: 1 }))
		).rejects.toMatchObject({ problem: 'handed-in' });
		// A new round of the same section is a new go, and is written.
		await recordAttempt(store, attempt('q1', 4, { assignment: code, round: 2 }));
		expect((await assignmentLog(store, code, 'iraq')).attempts.map((a) => a.at)).toEqual([1, 4]);
	});

	it('keeps an assignment’s work apart from the student’s own', async () => {
		const { store } = fresh();
		const code = '1.abc.xyz';
		await recordAttempt(store, attempt('q1', 1));
		await recordAttempt(store, attempt('q1', 2, { assignment: code, round: 1 }));
		await recordAttempt(store, attempt('q2', 3, { assignment: '1.other.x', round: 1 }));
		await handIn(store, code, 4);
		const seen: { own: number[]; assigned: { attempts: number; closed: number[] }[] } = {
			own: [],
			assigned: []
		};
		const stopOwn = watchSection(
			store,
			'iraq',
			's1',
			null,
			({ attempts }) => seen.own.push(attempts.length),
			() => {}
		);
		const stopAssigned = watchSection(
			store,
			'iraq',
			's1',
			code,
			({ attempts, closed }) => seen.assigned.push({ attempts: attempts.length, closed }),
			() => {}
		);
		await expect.poll(() => seen.own.at(-1)).toBe(1);
		await expect.poll(() => seen.assigned.at(-1)).toEqual({ attempts: 1, closed: [1] });
		stopOwn();
		stopAssigned();
		const log = await assignmentLog(store, code, 'iraq');
		expect(log.attempts.map((a) => a.at)).toEqual([2]);
		// Resetting the student's own work leaves what an assignment may still need.
		expect(await resetModule(store, 'iraq')).toBe(1);
		expect(await moduleAttempts(store, 'iraq')).toHaveLength(2);
	});

	it('makes review cards once, from the log, and keeps each review in its own write', async () => {
		const { store } = fresh();
		await recordAttempt(store, attempt('q1', Date.parse('2026-11-25T10:00:00Z')));
		const first = await reviewCards(store, newCards);
		expect(first.map((c) => c.questionId)).toEqual(['q1']);
		expect(await reviewCards(store, newCards)).toHaveLength(1);
		const later = reviewed(first[0]!, true, new Date('2026-11-27T10:00:00Z'));
		await saveReview(store, later);
		const [kept] = await reviewCards(store, newCards);
		expect(kept!.due).toBe(later.due);
		expect(kept!.card.reps).toBe(2);
		// The card's dates survive IndexedDB as dates.
		expect(kept!.card.due).toBeInstanceOf(Date);
	});

	it('resets one module and leaves the others', async () => {
		const { store } = fresh();
		await recordAttempt(store, attempt('q1', 1));
		await recordAttempt(store, attempt('q1', 2, { moduleId: 'other' }));
		expect(await resetModule(store, 'iraq')).toBe(1);
		expect(await moduleAttempts(store, 'iraq')).toEqual([]);
		expect(await moduleAttempts(store, 'other')).toHaveLength(1);
	});

	it('exports every attempt as a versioned file', async () => {
		const { store } = fresh();
		await recordAttempt(store, attempt('q1', 1));
		const file = await exportProgress(store, [], new Date('2026-01-02T03:04:05Z'));
		expect(file).toMatchObject({
			format: 'lectern-progress',
			version: 3,
			exportedAt: '2026-01-02T03:04:05.000Z'
		});
		expect(file.attempts).toEqual([expect.objectContaining({ questionId: 'q1' })]);
		expect(JSON.parse(JSON.stringify(file))).toEqual(file);
	});

	it('restores an exported file into a wiped browser, equal to the last detail, and merges without duplicates', async () => {
		const { store } = fresh();
		const code = '1.abc.xyz';
		await recordAttempt(store, attempt('q1', 1));
		await recordAttempt(store, attempt('q2', 2, { assignment: code, round: 1 }));
		await handIn(store, code, 3);
		await joinAssignment(store, {
			code,
			assignment: {
				module: 'iraq',
				sections: ['s1'],
				mode: 'deferred',
				passMark: 50,
				due: null,
				locked: true,
				title: 'Homework',
				className: '10B'
			},
			name: 'Sam',
			joinedAt: 4
		});
		await markHandedIn(store, code, 5);
		expect((await joinedAssignment(store, code))?.handedInAt).toBe(5);
		const text = JSON.stringify(await exportProgress(store, [], new Date(5)));

		const wiped = fresh().store;
		await recordAttempt(wiped, attempt('q3', 6));
		const rows = readProgressFile(text);
		expect(await restoreProgress(wiped, rows)).toEqual({ added: 4, known: 0 });
		expect(await restoreProgress(wiped, rows)).toEqual({ added: 0, known: 4 });
		const back = JSON.parse(JSON.stringify(await exportProgress(wiped, [], new Date(5))));
		const original = JSON.parse(text);
		expect(back.attempts).toEqual(
			[...original.attempts, expect.objectContaining({ questionId: 'q3' })].sort(
				(a, b) => a.at - b.at
			)
		);
		expect(back.closedSections).toEqual(original.closedSections);
		expect(back.assignments).toEqual(original.assignments);
	});

	it('restores a whole file or nothing of it', async () => {
		let writes = 0;
		const store = faultyConnection(
			new IDBFactory(),
			(table, req) =>
				table === 'attempts' &&
				req.type === 'add' &&
				// Rows are written in bulk: the request that holds the second row fails.
				(writes += req.values.length) >= 2 &&
				new DOMException('full', 'QuotaExceededError')
		);
		const rows = {
			attempts: [1, 2, 3].map((n) => ({ ...attempt(`q${n}`, n), id: `r${n}` })),
			closedSections: [],
			assignments: []
		};
		await expect(restoreProgress(store, rows)).rejects.toMatchObject({ problem: 'quota' });
		expect(await moduleAttempts(store, 'iraq')).toEqual([]);
	});

	it('says how far a restore has gone, chunk by chunk, to the last row', async () => {
		const { store } = fresh();
		const n = RESTORE_CHUNK * 2 + 10;
		const attempts = Array.from({ length: n }, (_, i) => ({
			...attempt(`q${i % 7}`, i + 1),
			id: `r${i}`
		}));
		// One row twice: counted once in the total gone through, and as known.
		const rows = { attempts: [...attempts, attempts[0]!], closedSections: [], assignments: [] };
		const told: [number, number][] = [];
		const report = await restoreProgress(store, rows, (done, total) => told.push([done, total]));
		expect(report).toEqual({ added: n, known: 1 });
		expect(told).toEqual([
			[RESTORE_CHUNK, n + 1],
			[RESTORE_CHUNK * 2, n + 1],
			[n, n + 1],
			[n + 1, n + 1]
		]);
	});

	it('exports answers that could not be saved beside the stored ones', async () => {
		const { store } = fresh();
		const saved = await recordAttempt(store, attempt('q1', 1));
		const file = await exportProgress(store, [saved, attempt('q2', 2)]);
		expect(file.attempts.map((a) => a.questionId)).toEqual(['q1', 'q2']);
		expect(file.attempts[1]?.id).toBe('unsaved-2-q2');
		const nothingKept = await exportProgress(new Connection(null), [attempt('q3', 3)]);
		expect(nothingKept.attempts.map((a) => a.questionId)).toEqual(['q3']);
	});

	it('keeps nothing, and says so, when there is no IndexedDB', async () => {
		const store = new Connection(null);
		expect(await store.keeps()).toBe(false);
		expect(store.status).toBe('unavailable');
		await expect(recordAttempt(store, attempt('q1', 1))).rejects.toThrow(StorageError);
	});

	it('says "unavailable" when IndexedDB refuses to open', async () => {
		const broken = new IDBFactory();
		broken.open = () => {
			throw new DOMException('blocked by the browser', 'SecurityError');
		};
		const store = connect({ indexedDB: broken, IDBKeyRange });
		expect(await store.keeps()).toBe(false);
		expect(store.status).toBe('unavailable');
	});

	it('opens a version 1 database with every row kept', async () => {
		const indexedDB = new IDBFactory();
		const rows = [1, 2, 3].map((n) => ({ ...attempt(`q${n}`, n), id: `old-${n}` }));
		await writeV1Fixture(indexedDB, rows);
		const store = connect({ indexedDB, IDBKeyRange });
		expect(await moduleAttempts(store, 'iraq')).toEqual(rows);
		await recordAttempt(store, attempt('q4', 4));
		expect(await moduleAttempts(store, 'iraq')).toHaveLength(4);
	});

	it('upgrades a version 1 database to the current one, where a joined assignment keeps its name', async () => {
		const indexedDB = new IDBFactory();
		await writeV1Fixture(indexedDB, [{ ...attempt('q1', 1), id: 'old-1' }]);
		const store = connect({ indexedDB, IDBKeyRange });
		const row = {
			code: '1.abc.xyz',
			assignment: {
				module: 'iraq',
				sections: ['s1'],
				mode: 'immediate' as const,
				passMark: 50,
				due: null,
				locked: false,
				title: 'Homework',
				className: '10B'
			},
			name: 'Sam <b>',
			joinedAt: 5
		};
		await joinAssignment(store, row);
		expect(await joinedAssignment(store, '1.abc.xyz')).toEqual(row);
		await joinAssignment(store, { ...row, name: 'Samira' });
		expect((await joinedAssignment(store, '1.abc.xyz'))?.name).toBe('Samira');
		expect(await moduleAttempts(store, 'iraq')).toHaveLength(1);
		const raw = new Dexie('lectern', { indexedDB, IDBKeyRange });
		await raw.open();
		expect(raw.verno).toBe(SCHEMA_VERSION);
		raw.close();
	});

	it('keeps an imported results file once, and removes one assignment’s files on request', async () => {
		const store = connect({ indexedDB: new IDBFactory(), IDBKeyRange });
		const row = (checksum: string, assignmentCode: string) => ({
			checksum,
			fileName: `${checksum}.json`,
			moduleId: 'iraq',
			assignmentCode,
			importedAt: 1,
			file: {} as never
		});
		// Two assignments for the same class: removing one leaves the other.
		expect(await importSubmission(store, row('a', '1.week-1'))).toBe('added');
		expect(await importSubmission(store, row('a', '1.week-1'))).toBe('known');
		await importSubmission(store, row('b', '1.week-2'));
		expect(await removeAssignmentFiles(store, '1.week-1')).toBe(1);
		expect((await listSubmissions(store)).map((r) => r.checksum)).toEqual(['b']);
		// A backup merged in: what is here already stays once, even listed twice in the backup.
		const backup = [row('b', '1.week-2'), row('c', '1.week-2'), row('c', '1.week-2')];
		expect(await restoreSubmissions(store, backup)).toEqual({ added: 1, known: 2 });
		expect(await restoreSubmissions(store, backup)).toEqual({ added: 0, known: 3 });
		expect((await listSubmissions(store)).map((r) => r.checksum).sort()).toEqual(['b', 'c']);
	});

	it('keeps the assignments a teacher made, the latest first, once each, until one is taken off', async () => {
		const store = connect({ indexedDB: new IDBFactory(), IDBKeyRange });
		const made = (code: string, madeAt: number) => ({
			code,
			assignment: { title: code } as never,
			moduleTitle: 'Iraq',
			sectionTitles: ['One'],
			madeAt
		});
		await keepMadeAssignment(store, made('1.week-1', 1));
		await keepMadeAssignment(store, made('1.week-2', 2));
		expect((await madeAssignments(store)).map((m) => m.code)).toEqual(['1.week-2', '1.week-1']);
		// The same link made again is one entry, now the latest.
		await keepMadeAssignment(store, made('1.week-1', 3));
		expect(await madeAssignments(store)).toEqual([made('1.week-1', 3), made('1.week-2', 2)]);
		await forgetMadeAssignment(store, '1.week-1');
		expect((await madeAssignments(store)).map((m) => m.code)).toEqual(['1.week-2']);
	});

	it('stops writing and asks for a reload when a newer tab upgrades the schema', async () => {
		const indexedDB = new IDBFactory();
		const store = connect({ indexedDB, IDBKeyRange });
		await recordAttempt(store, attempt('q1', 1));
		const newer = new Dexie('lectern', { indexedDB, IDBKeyRange });
		newer
			.version(SCHEMA_VERSION + 1)
			.stores({ attempts: 'id, [moduleId+sectionId], moduleId, at, questionId', meta: 'key' });
		await newer.open();
		expect(store.status).toBe('stale');
		await expect(recordAttempt(store, attempt('q2', 2))).rejects.toMatchObject({
			problem: 'stale'
		});
		expect(await newer.table('attempts').count()).toBe(1);
		// What was saved can still be downloaded from the stale tab.
		const file = await exportProgress(store, [attempt('q2', 2)]);
		expect(file.attempts.map((a) => a.questionId)).toEqual(['q1', 'q2']);
		newer.close();
	});

	it('refuses to write into a database made by a newer version', async () => {
		const indexedDB = new IDBFactory();
		const newer = new Dexie('lectern', { indexedDB, IDBKeyRange });
		newer
			.version(SCHEMA_VERSION + 1)
			.stores({ attempts: 'id, [moduleId+sectionId], moduleId, at', meta: 'key' });
		await newer.table('meta').put({ key: 'schema', value: SCHEMA_VERSION + 1 });
		newer.close();
		const store = connect({ indexedDB, IDBKeyRange });
		expect(await store.keeps()).toBe(false);
		expect(store.status).toBe('newer');
		await expect(recordAttempt(store, attempt('q1', 1))).rejects.toMatchObject({
			problem: 'newer'
		});
	});

	it('rolls back a write that hits the quota and reports "quota"', async () => {
		const store = faultyConnection(
			new IDBFactory(),
			(table) => table === 'attempts' && new DOMException('full', 'QuotaExceededError')
		);
		await expect(recordAttempt(store, attempt('q1', 1))).rejects.toMatchObject({
			problem: 'quota'
		});
		expect(await moduleAttempts(store, 'iraq')).toEqual([]);
	});
});
