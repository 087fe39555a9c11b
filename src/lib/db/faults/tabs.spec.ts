import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Attempt } from '$lib/module/progress';
import { recordAttempt, closeSection } from '../attempts';
import { Connection, connect, type StorageStatus } from '../connection';
import { SCHEMA_VERSION } from '../database';
import type { StoredAttempt } from '../entities';
import { StorageError } from '../errors';
import {
	CODE,
	attempt,
	browserWith,
	snapshot,
	rowsOf,
	oldTab,
	NextRelease,
	readAll,
	WRITES,
	EVERY_WRITE,
	handedIn
} from '../testing/samples';
import { quietDexie } from '../testing/browser-env';

describe('two tabs', () => {
	it('two tabs answering the same section at once keep every answer exactly once', async () => {
		const { indexedDB, rows } = await browserWith(SCHEMA_VERSION);
		const tabs = [connect({ indexedDB, IDBKeyRange }), connect({ indexedDB, IDBKeyRange })];
		const answers = Array.from({ length: 60 }, (_, i) =>
			attempt(`t${i}`, `q${i % 6}`, 1000 + i, { try: 1 + (i % 2) })
		);
		// Ids left to the store, as the quiz leaves them, so that two tabs could only collide there.
		const saved = await Promise.all(
			answers.map((a, i) => {
				const answer: Attempt = { ...a };
				delete answer.id;
				return recordAttempt(tabs[i % 2]!, answer);
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
		const student = connect({ indexedDB, IDBKeyRange });
		const other = connect({ indexedDB, IDBKeyRange });
		const round = { ...handedIn, round: 2 };
		const answer = (i: number) => attempt(`h${i}`, `q${i}`, i, { assignment: CODE, round: 2 });
		// Both tabs open first, so that the hand-in really lands among the answers.
		expect(await Promise.all([student.keeps(), other.keeps()])).toEqual([true, true]);

		const outcomes: Promise<'kept' | 'refused'>[] = [];
		for (let i = 0; i < 20; i++) {
			outcomes.push(
				recordAttempt(student, answer(i)).then(
					() => 'kept' as const,
					(e: unknown) => {
						expect(e).toMatchObject({ problem: 'handed-in' });
						return 'refused' as const;
					}
				)
			);
			if (i === 4) outcomes.push(closeSection(other, round).then(() => 'kept' as const));
		}
		const results = await Promise.all(outcomes);
		const answered = results.filter((_, i) => i !== 5);

		const stored = rowsOf(await snapshot(indexedDB), 'attempts');
		answered.forEach((r, i) => expect(stored.has(`"h${i}"`), `h${i}`).toBe(r === 'kept'));
		// Answers of one tab commit in the order given: once one is refused, all later ones are.
		const firstRefused = answered.indexOf('refused');
		expect(firstRefused).toBeGreaterThanOrEqual(0);
		expect(answered.slice(firstRefused).every((r) => r === 'refused')).toBe(true);
		await expect(recordAttempt(student, answer(99))).rejects.toMatchObject({
			problem: 'handed-in'
		});
	});
});

describe('a tab left behind by an update', () => {
	it.each(EVERY_WRITE)(
		'refuses %s with "stale" and writes nothing into the upgraded database',
		async (write) => {
			const { indexedDB } = await browserWith(SCHEMA_VERSION);
			const store = connect({ indexedDB, IDBKeyRange });
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
		const store = connect({ indexedDB, IDBKeyRange });
		expect(await store.keeps()).toBe(true);

		const answers = Array.from({ length: 10 }, (_, i) => attempt(`u${i}`, 'q1', 200 + i));
		const saving = answers.map((a) =>
			recordAttempt(store, a).then(
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
		await expect(recordAttempt(store, attempt('late', 'q1', 300))).rejects.toMatchObject({
			problem: 'stale'
		});
	});
});

describe('a tab left behind by an update: what the page is told', () => {
	it('goes from "ready" straight to "stale", never through "closed" (which would say the data was cleared), even with answers being saved', async () => {
		const { indexedDB } = await browserWith(SCHEMA_VERSION);
		const store = connect({ indexedDB, IDBKeyRange });
		const seen: StorageStatus[] = [];
		store.onStatus((s) => seen.push(s));
		expect(await store.keeps()).toBe(true);

		const saving = Array.from({ length: 5 }, (_, i) =>
			recordAttempt(store, attempt(`s${i}`, 'q1', 200 + i)).then(
				() => 'kept',
				(e: unknown) => (e as StorageError).problem
			)
		);
		const newer = new NextRelease(indexedDB);
		await newer.open();
		onTestFinished(() => newer.close());
		for (const outcome of await Promise.all(saving)) expect(['kept', 'stale']).toContain(outcome);
		await expect(recordAttempt(store, attempt('late', 'q1', 300))).rejects.toMatchObject({
			problem: 'stale'
		});

		expect(seen).toEqual(['opening', 'ready', 'stale']);
		expect(store.status).toBe('stale');
	});
});

describe('a blocked upgrade', () => {
	it('an update held up by a tab still on version 3 says "blocked", then upgrades with every row kept and saves the answer given meanwhile', async () => {
		quietDexie();
		const { indexedDB, rows } = await browserWith(3);
		const old = await oldTab(indexedDB, 3);
		let versionchanges = 0;
		old.addEventListener('versionchange', () => versionchanges++);

		const store = connect({ indexedDB, IDBKeyRange });
		let saved = false;
		const saving = recordAttempt(store, attempt('meanwhile', 'q1', 40)).then((row) => {
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

		const store = new Connection(new NextRelease(indexedDB));
		const keeps = store.keeps();
		await expect.poll(() => store.status).toBe('blocked');
		expect(await indexedDB.databases()).toEqual([
			{ name: 'lectern', version: SCHEMA_VERSION * 10 }
		]);

		old.close();
		// Connection is this build's code: it will not write into a version 5 database.
		expect(await keeps).toBe(false);
		expect(store.status).toBe('newer');
		const after = await snapshot(indexedDB);
		expect(after?.version).toBe((SCHEMA_VERSION + 1) * 10);
		expect(after?.tables).toStrictEqual({ ...before?.tables, notes: [] });
	});
});
