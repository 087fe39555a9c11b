import Dexie, { type Transaction } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { recordAttempt } from '../attempts';
import { Connection, connect } from '../connection';
import { LecternDB, SCHEMA_VERSION } from '../database';
import type { StoredAttempt } from '../entities';
import { StorageError } from '../errors';
import { RELEASED_SCHEMAS } from '../testing/fixtures';
import {
	attempt,
	browserWith,
	request,
	snapshot,
	keyString,
	rowsOf,
	NextRelease,
	WRITES,
	expectEveryWriteRefused,
	ownWork
} from '../testing/samples';

describe('released schema fixtures', () => {
	// Each release's `stores()` as it shipped: the fixtures are checked against what Dexie makes of them.
	const HISTORY: Record<string, string>[] = [
		{ attempts: 'id, [moduleId+sectionId], moduleId, at', meta: 'key' },
		{ assignments: 'code, joinedAt', submissions: 'checksum, assignmentCode, importedAt' },
		{ closedSections: '[assignment+sectionId+round], assignment' },
		{ reviews: '[moduleId+questionId], due' },
		{ made: 'code, madeAt' },
		{ studio: 'id, updatedAt' },
		{ moduleFiles: 'id, openedAt' }
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

	it.each([1, 2, 3, 4, 5, 6, 7] as const)(
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
	it.each([1, 2, 3, 4, 5, 6, 7] as const)(
		'a database saved by version %i opens in the current version with every row as it was, and takes new answers',
		async (version) => {
			const { indexedDB, rows } = await browserWith(version);
			const store = connect({ indexedDB, IDBKeyRange });
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

			const answer = await recordAttempt(store, attempt('after', 'q9', 50));
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

			const store = new Connection(new NextRelease(indexedDB, upgrade));
			expect(await store.keeps()).toBe(false);
			expect(store.status).toBe('failed');
			await expectEveryWriteRefused(store, store.status);
			expect(await snapshot(indexedDB)).toStrictEqual(before);

			const reloaded = connect({ indexedDB, IDBKeyRange });
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

		const store = new Connection(broken);
		expect(await store.keeps()).toBe(false);
		expect(store.status).toBe('failed');
		const refused = WRITES.recordAttempt(store);
		await expect(refused).rejects.toBeInstanceOf(StorageError);
		await expect(refused).rejects.toMatchObject({ problem: 'failed' });
		expect(await snapshot(indexedDB)).toStrictEqual(before);
	});
});
