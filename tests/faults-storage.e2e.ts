import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { RELEASED_SCHEMAS } from '../src/lib/db/testing/fixtures';
import { expect, test } from './fixtures';
import { sections } from './module-data';
import { HomePage } from './pages/home-page';
import { SectionPage } from './pages/section-page';
import { storedAnswers } from './storage-probes';
import { studentFile } from './class-files';
import { TeacherPage } from './pages/teacher-page';

// The data-safety fault suite (docs/reliability.md), storage taken away: a hidden page, a full
// disk, site data cleared, an old tab holding up an update, no IndexedDB at all. Each checks
// that the student is told and that every answer the screen called saved is still there.

const first = sections[0]!;

/**
 * A fresh context with no room, its quota set before the app first touches IndexedDB. (Chromium
 * applies a quota to connections opened after it; with no room, opening the database fails. The
 * failed write itself, an AbortError wrapping QuotaExceededError, is covered on every write path
 * in src/lib/db/faults.spec.ts.)
 */
async function fullDisk(browser: Browser, baseURL: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', {
		origin: new URL(baseURL).origin,
		quotaSize: 1
	});
	return { context, page };
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
	// The student sees the choice back before checking it, as a person would.
	await expect(quiz.card(1).getByRole('radio', { checked: true })).toHaveCount(1);
	await quiz.check();
	await expect(quiz.status).toContainText('Correct');
});

test('a full disk: the answer stays on the page, the student is told, and can download it', async ({
	browser,
	baseURL
}) => {
	const { context, page } = await fullDisk(browser, baseURL!);
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

test('a full disk on a teacher’s device: the file is not imported, and the teacher is told what to do', async ({
	browser,
	baseURL
}, info) => {
	const { context, page } = await fullDisk(browser, baseURL!);
	const file = await studentFile(info.outputDir, 'Ann', 1, { sections: [first.id] });
	const dashboard = new TeacherPage(page);
	await dashboard.goto();
	await dashboard.importFiles([file]);
	// A teacher's device holds no progress of theirs to download.
	await expect(dashboard.logLine('Ann.json')).toHaveText(
		'Ann.json: not imported: the device is out of storage space; free some (other sites’ data, large files), then try again.'
	);
	await expect(page.getByRole('alert').filter({ hasText: 'out of storage' }).first()).toHaveText(
		'Your device is out of storage space for Lectern: nothing more can be kept here. Free some space (other sites’ data, large files), then reload the page.'
	);
	await expect(page.getByText(/download your progress/i)).toHaveCount(0);
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
