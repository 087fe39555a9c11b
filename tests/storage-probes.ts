import { type Page } from '@playwright/test';

// Probes of the data-safety fault suite (docs/reliability.md), shared by its two files.

/**
 * Holds every write to the answer log open, from before any page script runs, until the test
 * calls `release`: the transaction stays busy with reads, so IndexedDB cannot commit it. This puts
 * a write reliably "in flight" without changing what it writes.
 */
export async function holdWrites(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __hold: boolean; __held: number };
		w.__hold = false;
		w.__held = 0;
		const open = IDBDatabase.prototype.transaction;
		IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
			const tx = open.apply(this, args);
			const names = [args[0]].flat();
			if (w.__hold && args[1] === 'readwrite' && names.includes('attempts')) {
				w.__held++;
				const store = tx.objectStore('attempts');
				const spin = () => {
					if (w.__hold) store.count().onsuccess = spin;
				};
				spin();
			}
			return tx;
		} as typeof open;
	});
	return {
		hold: () => page.evaluate(() => ((window as unknown as { __hold: boolean }).__hold = true)),
		release: () => page.evaluate(() => ((window as unknown as { __hold: boolean }).__hold = false)),
		/** Resolves once a write to the log has started and is being held. */
		started: () => page.waitForFunction(() => (window as unknown as { __held: number }).__held > 0)
	};
}

/** The question ids in the stored answer log, read with raw IndexedDB. */
export function storedAnswers(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const req = indexedDB.open('lectern');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const all = db.transaction('attempts').objectStore('attempts').getAll();
					all.onsuccess = () => {
						db.close();
						resolve((all.result as { questionId: string }[]).map((a) => a.questionId));
					};
				};
			})
	);
}

/** Holds back the storage code (Dexie's chunk) until `release` is called. */
export async function holdStorageCode(page: Page) {
	let release = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	let held: string | null = null;
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes('DatabaseClosedError')) {
			held = route.request().url();
			await gate;
		}
		await route.fulfill({ response, body });
	});
	const loaded = () => page.waitForResponse((r) => r.url() === held);
	// A reload while a script is still passing through the handler would find its response gone.
	const stop = () => page.unrouteAll({ behavior: 'ignoreErrors' });
	return { release, loaded, isHeld: () => held !== null, stop };
}

/**
 * Keeps a results file as an imported one, with raw IndexedDB and none of the import's checks:
 * what an earlier version of Lectern may have let in.
 */
export function storeImportedFile(page: Page, fileName: string, file: { checksum: string }) {
	return page.evaluate(
		({ fileName, file }) =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('lectern');
				req.onerror = () => reject(req.error);
				req.onsuccess = () => {
					const db = req.result;
					const tx = db.transaction('submissions', 'readwrite');
					const f = file as unknown as { module: { id: string }; assignment: { code: string } };
					tx.objectStore('submissions').put({
						checksum: file.checksum,
						fileName,
						moduleId: f.module.id,
						assignmentCode: f.assignment.code,
						importedAt: Date.now(),
						file
					});
					tx.oncomplete = () => (db.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ fileName, file }
	);
}
