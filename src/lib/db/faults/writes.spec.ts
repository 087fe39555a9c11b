import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { restoreProgress } from '../restore';
import { SCHEMA_VERSION } from '../database';
import { StorageError } from '../errors';
import { importSubmission, listSubmissions } from '../submissions';
import { faultyConnection } from '../testing/faulty-store';
import { writeV4Fixture } from '../testing/fixtures';
import {
	attempt,
	ownWork,
	handedIn,
	cards,
	browserWith,
	snapshot,
	WRITES,
	EVERY_WRITE,
	joined,
	submission
} from '../testing/samples';

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
			const store = faultyConnection(indexedDB, () => full && error);
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
			// Rows are written in bulk: the request that holds row n fails.
			const store = faultyConnection(indexedDB, (_, req) => {
				if (!armed || req.type !== 'add') return false;
				const before = adds;
				adds += req.values.length;
				return before < n && adds >= n && new DOMException('disk', 'UnknownError');
			});
			expect(await store.keeps()).toBe(true);
			const before = await snapshot(indexedDB);

			armed = true;
			await expect(restoreProgress(store, file)).rejects.toBeInstanceOf(StorageError);
			expect(adds).toBeGreaterThanOrEqual(n);
			expect(await snapshot(indexedDB)).toStrictEqual(before);

			armed = false;
			expect(await restoreProgress(store, file)).toEqual({ added: ADDS, known: 1 });
		}
	);

	it('an import that fails leaves no trace, and the same file imports as new afterwards', async () => {
		const { indexedDB } = await browserWith(SCHEMA_VERSION);
		let armed = false;
		const store = faultyConnection(
			indexedDB,
			(table) => armed && table === 'submissions' && new DOMException('disk', 'UnknownError')
		);
		expect(await store.keeps()).toBe(true);
		const before = await snapshot(indexedDB);
		const row = { ...submission, checksum: 'sha256:2', fileName: 'sam.json' };

		armed = true;
		await expect(importSubmission(store, row)).rejects.toBeInstanceOf(StorageError);
		expect(await snapshot(indexedDB)).toStrictEqual(before);

		armed = false;
		expect(await importSubmission(store, row)).toBe('added');
		expect((await listSubmissions(store)).map((s) => s.checksum)).toEqual(['sha256:1', 'sha256:2']);
	});
});
