import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { expect, test } from './fixtures';
import { sections } from './module-data';
import { SectionPage } from './pages/section-page';
import { holdWrites, storedAnswers } from './storage-probes';

// The data-safety fault suite (docs/reliability.md), interrupted writes: each test stops the app
// in the middle of a write (a closed tab, a crash, a reload, a killed browser) and checks that
// every answer the screen called saved is still there and that no half-written answer is.

const first = sections[0]!;
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

test('a second try in flight is not called saved by the words of the first', async ({ page }) => {
	const gate = await holdWrites(page);
	const quiz = new SectionPage(page, first.id);
	await quiz.goto();
	await quiz.answerAndCheck(1, false);
	await quiz.answer(1, false);
	await gate.hold();
	await quiz.check();
	await gate.started();
	await expect(quiz.status).not.toContainText('saved');
	await gate.release();
	await expect(quiz.status).toContainText('Here is the answer.');
	await expect(quiz.status).toContainText('Answer saved on this device.');
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
