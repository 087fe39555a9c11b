import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { RELEASED_SCHEMAS } from '../src/lib/db/testing/fixtures';
import { expect, test } from './fixtures';
import { sections } from './module-data';
import { HomePage } from './pages/home-page';
import { SectionPage } from './pages/section-page';

// The data-safety fault suite (docs/reliability.md): each test stops the app in the middle of a
// write, or takes its storage away, and checks that every answer the screen called saved is
// still there and that no half-written answer is.

const first = sections[0]!;

/**
 * Holds every write to the answer log open, from before any page script runs, until the test
 * calls `release`: the transaction stays busy with reads, so IndexedDB cannot commit it. This puts
 * a write reliably "in flight" without changing what it writes.
 */
async function holdWrites(page: Page) {
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
function storedAnswers(page: Page): Promise<string[]> {
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

/** Crashes the page's renderer (CDP Page.crash), as an out-of-memory kill would. */
async function crash(page: Page) {
	const crashed = new Promise((resolve) => page.once('crash', resolve));
	const cdp = await page.context().newCDPSession(page);
	// The reply never comes: the renderer that would send it is gone.
	void cdp.send('Page.crash').catch(() => {});
	await crashed;
}

/** Question 1 answered and saved, question 2 checked with its write held in flight. */
async function answerOneThenHoldTheNext(page: Page) {
	const gate = await holdWrites(page);
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, true);
	await quiz.next();
	await quiz.answer(2, true);
	await gate.hold();
	await quiz.check();
	await gate.started();
	await expect(quiz.status).not.toContainText('saved');
	return quiz;
}

/** A fresh tab on the section: question 1 kept, question 2 not (it was never committed). */
async function expectOnlyTheCommittedAnswer(context: BrowserContext) {
	const page = await context.newPage();
	const quiz = new SectionPage(page, first.id);
	await quiz.goto('#quiz');
	expect(await storedAnswers(page)).toEqual([quiz.question(1).id]);
	await expect(quiz.heading(2)).toBeVisible();
	await expect(quiz.checkButton).toBeEnabled();
	return quiz;
}

test('a tab closed in the middle of a write keeps every saved answer and none half-written', async ({
	context
}) => {
	const page = await context.newPage();
	await answerOneThenHoldTheNext(page);
	await page.close({ runBeforeUnload: false });
	await expectOnlyTheCommittedAnswer(context);
});

test('a renderer crash in the middle of a write keeps every saved answer and none half-written', async ({
	context
}) => {
	const page = await context.newPage();
	await answerOneThenHoldTheNext(page);
	await crash(page);
	await expectOnlyTheCommittedAnswer(context);
});

test('a reload in the middle of a write keeps every saved answer and none half-written', async ({
	page,
	context
}) => {
	await answerOneThenHoldTheNext(page);
	await page.reload();
	await expectOnlyTheCommittedAnswer(context);
});

test('"saved" shows only once the write has committed, and closing at that moment loses nothing', async ({
	context
}) => {
	const page = await context.newPage();
	const gate = await holdWrites(page);
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await quiz.answer(1, true);
	await gate.hold();
	await quiz.check();
	await gate.started();
	await expect(quiz.savingButton).toBeDisabled();
	await expect(quiz.status).not.toContainText('saved');
	await gate.release();
	await expect(quiz.status).toContainText('Answer saved on this device.');
	await page.close({ runBeforeUnload: false });

	const again = await context.newPage();
	await new SectionPage(again, first.id).goto('#quiz');
	expect(await storedAnswers(again)).toEqual([quiz.question(1).id]);
});

test('a browser killed in the middle of a write keeps every saved answer and none half-written', async ({
	baseURL
}) => {
	const dir = mkdtempSync(join(tmpdir(), 'lectern-kill-'));
	const launch = () =>
		chromium.launchPersistentContext(dir, {
			executablePath: findChromium(),
			args: CHROMIUM_ARGS,
			baseURL,
			serviceWorkers: 'block'
		});
	const opened: BrowserContext[] = [];
	try {
		const context = await launch();
		opened.push(context);
		await answerOneThenHoldTheNext(context.pages()[0] ?? (await context.newPage()));
		// SIGKILL the browser process itself (not a helper): nothing gets to shut down cleanly.
		process.kill(browserPid(dir), 'SIGKILL');
		const again = await launch();
		opened.push(again);
		await expectOnlyTheCommittedAnswer(again);
	} finally {
		for (const c of opened) await c.close().catch(() => {});
		rmSync(dir, { recursive: true, force: true });
	}
});

/** The main Chromium process of a profile: the one with its user-data-dir and no --type. */
function browserPid(profile: string): number {
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let cmd: string[];
		try {
			cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
		} catch {
			continue;
		}
		if (cmd.includes(`--user-data-dir=${profile}`) && !cmd.some((a) => a.startsWith('--type=')))
			return Number(entry);
	}
	throw new Error(`no browser process for ${profile}`);
}

test('an answer chosen but not checked is kept the moment the page is hidden', async ({ page }) => {
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await quiz.answer(1, true);
	// Headless pages never hide on their own. A phone switching apps hides the page, and may then
	// kill it without any further event: what is kept must be kept now.
	await page.evaluate(() => {
		Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
		document.dispatchEvent(new Event('visibilitychange'));
	});
	const kept = await page.evaluate(() =>
		Object.entries(sessionStorage).filter(([k]) => k.startsWith('lectern:drafts:'))
	);
	expect(kept).toHaveLength(1);
	expect(Object.keys(JSON.parse(kept[0]![1]))).toEqual([quiz.question(1).id]);
	await page.reload();
	await expect(quiz.checkButton).toBeEnabled();
	await quiz.check();
	await expect(quiz.status).toContainText('Correct');
});

test('a full disk: the answer stays on the page, the student is told, and can download it', async ({
	browser,
	baseURL
}) => {
	// A fresh context, its quota set before the app first touches IndexedDB. (Chromium applies a
	// quota to connections opened after it; with no room, opening the database fails. The failed
	// write itself, an AbortError wrapping QuotaExceededError, is covered on every write path in
	// src/lib/db/faults.spec.ts.)
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', {
		origin: new URL(baseURL!).origin,
		quotaSize: 1
	});
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await expect(quiz.storageAlert).toContainText('out of storage space');
	await quiz.answer(1, true);
	await quiz.check();
	await expect(quiz.status).toContainText('Correct');
	await expect(quiz.status).toContainText('could not be saved');
	await expect(quiz.status).toContainText('out of storage space');
	const file = JSON.parse(readFileSync(await quiz.downloadProgress(), 'utf8'));
	expect(file.attempts).toEqual([
		expect.objectContaining({ questionId: quiz.question(1).id, correct: true })
	]);
	await context.close();
});

test('site data cleared while the app is open: noticed, nothing written, every answer restored', async ({
	page,
	context,
	baseURL
}) => {
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, true);
	const home = new HomePage(page);
	await home.goto();
	const before = await home.downloadProgress();
	await quiz.goto('#quiz');
	// Saved progress has loaded (the quiz moved on to question 2) before the data goes.
	await expect(quiz.heading(2)).toBeVisible();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', {
		origin: new URL(baseURL!).origin,
		storageTypes: 'indexeddb'
	});
	await expect(quiz.storageAlert).toContainText('no longer reachable');
	await expect(quiz.heading(2)).toBeVisible();
	await quiz.answer(2, true);
	await quiz.check();
	await expect(quiz.status).toContainText('could not be saved');
	// Nothing was quietly written into a new, empty database.
	const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
	expect(names).not.toContain('lectern');

	// What the student is told to do: download what the page holds, reload, restore.
	const after = await quiz.downloadProgress();
	await quiz.reloadFromAlert();
	await expect(quiz.storageAlert).toContainText('site data was cleared');
	const restore = await quiz.goToRestore();
	const [q1, q2] = quiz.questions.map((q) => q.id);
	await restore.restore(before);
	await expect.poll(() => storedAnswers(page)).toEqual([q1]);
	await restore.restore(after);
	await expect.poll(async () => (await storedAnswers(page)).sort()).toEqual([q1, q2].sort());
	await expect(page.getByText('site data was cleared')).toBeHidden();
	await quiz.goto('#quiz');
	await expect(quiz.heading(3)).toBeVisible();
});

test('an update held up by an old tab says to close it, then goes on with nothing lost', async ({
	context
}) => {
	// The old tab: Lectern's database as version 3 shipped it, held open by code that never lets go.
	const old = await context.newPage();
	await old.goto('/favicon.svg');
	await old.evaluate(
		(schema) =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('lectern', 30);
				req.onupgradeneeded = () => {
					for (const [table, { keyPath, indexes }] of Object.entries(schema)) {
						const store = req.result.createObjectStore(table, { keyPath });
						for (const [name, path] of Object.entries(indexes)) store.createIndex(name, path);
					}
				};
				req.onsuccess = () => {
					(window as unknown as { held: IDBDatabase }).held = req.result;
					resolve();
				};
				req.onerror = () => reject(req.error);
			}),
		RELEASED_SCHEMAS[3] as Record<
			string,
			{ keyPath: string | string[]; indexes: Record<string, string | string[]> }
		>
	);
	const page = await context.newPage();
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await expect(quiz.storageAlert).toContainText('Close the other Lectern tabs');
	// An answer given meanwhile is checked, and saved once the way is clear.
	await quiz.answer(1, true);
	await quiz.check();
	await old.close();
	await expect(quiz.status).toContainText('Answer saved on this device.');
	await expect(page.getByText('Close the other Lectern tabs')).toBeHidden();
	expect(await storedAnswers(page)).toEqual([quiz.question(1).id]);
});

test('when IndexedDB fails to open, the quiz still works and says progress is not kept', async ({
	page
}) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('Internal error opening backing store', 'UnknownError');
		};
	});
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await quiz.answer(1, true);
	await quiz.check();
	await expect(quiz.status).toContainText('Correct. 1 point.');
	await expect(quiz.storageAlert).toContainText('progress will not be kept');
	await expect(quiz.downloadButton).toBeVisible();
});
