import { IDBFactory, IDBKeyRange, forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordAttempt, allAttempts } from '../attempts';
import { exportProgress } from '../backup';
import { restoreProgress } from '../restore';
import { readProgressFile } from '../progress-file';
import { Connection, connect } from '../connection';
import { LecternDB, SCHEMA_VERSION } from '../database';
import type { MetaRow, StoredAttempt } from '../entities';
import { SENTINEL } from '../sentinel';
import {
	attempt,
	browserWith,
	request,
	snapshot,
	rowsOf,
	expectEveryWriteRefused
} from '../testing/samples';
import { memoryStorage } from '../testing/browser-env';

describe('site data wiped while the page is open', () => {
	it('the tab stops saving rather than starting an empty database, and still hands over what it could not save', async () => {
		const { indexedDB } = await browserWith(SCHEMA_VERSION);
		const db = new LecternDB('lectern', { indexedDB, IDBKeyRange });
		const store = new Connection(db);
		await recordAttempt(store, attempt('last', 'q1', 30));
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
		expect((await exportProgress(store, [unsaved])).attempts).toStrictEqual([unsaved]);
		expect(await snapshot(indexedDB)).toBeNull();
		expect(store.status).toBe('closed');
	});
});

describe('site data cleared since the last visit', () => {
	afterEach(() => vi.unstubAllGlobals());

	/** A visit that ends: the store saves, then the tab closes its connection. */
	async function visitAndLeave(indexedDB: IDBFactory, answer: StoredAttempt) {
		const db = new LecternDB('lectern', { indexedDB, IDBKeyRange });
		const store = new Connection(db);
		await recordAttempt(store, answer);
		const file = await exportProgress(store);
		db.close();
		return { store, file };
	}

	it('a first visit is not taken for a wipe, and notes in localStorage that a database exists', async () => {
		const storage = memoryStorage();
		vi.stubGlobal('localStorage', storage);
		const indexedDB = new IDBFactory();

		const store = connect({ indexedDB, IDBKeyRange });
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

			const store = connect({ indexedDB, IDBKeyRange });
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

		const store = connect({ indexedDB, IDBKeyRange });
		expect(await store.keeps()).toBe(true);
		expect(store.wiped).toBe(false);
		expect(storage.getItem(SENTINEL)).toBe(noted);
		expect((await allAttempts(store)).map((a) => a.id)).toEqual(['kept']);
	});

	it('a database deleted since the last visit is reported as wiped; the new one takes answers and the downloaded file', async () => {
		vi.stubGlobal('localStorage', memoryStorage());
		const indexedDB = new IDBFactory();
		const { file } = await visitAndLeave(indexedDB, attempt('lost', 'q1', 1));
		await request(indexedDB.deleteDatabase('lectern'));
		expect(await snapshot(indexedDB)).toBeNull();

		const store = connect({ indexedDB, IDBKeyRange });
		expect(await store.keeps()).toBe(true);
		expect(store.status).toBe('ready');
		expect(store.wiped).toBe(true);
		const row = await recordAttempt(store, attempt('again', 'q2', 2));
		expect(rowsOf(await snapshot(indexedDB), 'attempts').get('"again"')).toStrictEqual(row);

		expect(await restoreProgress(store, readProgressFile(JSON.stringify(file)))).toEqual({
			added: 1,
			known: 0
		});
		expect((await allAttempts(store)).map((a) => a.id)).toEqual(['lost', 'again']);
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

			const store = connect({ indexedDB, IDBKeyRange });
			expect(await store.keeps()).toBe(true);
			expect(store.wiped).toBe(false);
			const row = await recordAttempt(store, attempt('again', 'q2', 2));
			expect(await allAttempts(store)).toStrictEqual([row]);
		}
	);
});
