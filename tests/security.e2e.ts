import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { encodeAssignment } from '../src/lib/assign/link';
import { readResults, sealResults } from '../src/lib/results/file';
import { MODULE_ID, moduleTitle, sections } from './module-data';
import {
	builtPages,
	expectNoInjectedMarkup,
	recordDialogs,
	recordForeignRequests,
	recordViolations
} from './page-guards';
import { handIn } from './hand-in';
import { QuizPage } from './quiz-page';
import { XSS_CORPUS } from './xss-corpus';

test('every page carries a Content-Security-Policy that allows no inline script but its own', () => {
	const pages = builtPages();
	expect(pages.length).toBeGreaterThan(10);
	for (const path of pages) {
		const html = readFileSync(join('build', path), 'utf8');
		const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
		expect(policy, path).toBeDefined();
		const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
		expect(scriptSrc, path).not.toContain('unsafe-inline');
		expect(policy, path).toContain("default-src 'self'");
		expect(policy, path).toContain("object-src 'none'");
		// A policy in a <meta> governs only what comes after it: it must precede every script.
		expect(html.indexOf('content-security-policy'), path).toBeLessThan(html.indexOf('<script'));
		// Every inline script is one the policy names by hash.
		for (const [, body] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
			const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
			expect(scriptSrc, `${path}: an inline script the policy does not allow`).toContain(hash);
		}
	}
});

test('a script injected into the page is blocked and reported', async ({ page, context }) => {
	const seen = await recordViolations(context);
	await new QuizPage(page, sections[0]!.id).goto();
	const ran = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		const img = document.createElement('img');
		img.src = 'https://example.com/pixel.png';
		document.body.append(img);
		await new Promise((r) => setTimeout(r, 100));
		return (window as unknown as { __injected?: boolean }).__injected ?? false;
	});
	expect(ran).toBe(false);
	await expect.poll(() => seen.some((v) => v.includes('script-src-elem'))).toBe(true);
	await expect
		.poll(() => seen.some((v) => v.includes('img-src https://example.com/pixel.png')))
		.toBe(true);
});

/** A student's whole visit: reading, a card, a question, every reading aid, settings, review. */
async function studentJourney(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: moduleTitle }).click();
	await page
		.getByRole('link', { name: /^Start/ })
		.first()
		.click();
	const quiz = new QuizPage(page, sections[0]!.id);
	await expect(quiz.checkButton).toBeEnabled();
	await page.locator('article').getByRole('button').first().click();
	await page.keyboard.press('Escape');
	await quiz.answerAndCheck(1, true);
	for (const aid of ["Who's who", 'Timeline', 'Map', 'Glossary']) {
		await page
			.getByRole('navigation', { name: 'Reading aids' })
			.getByRole('link', { name: aid })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	await page.goto('/settings');
	await page.getByRole('radio', { name: 'Dark', exact: true }).check();
	await page.goto('/review');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** A teacher's whole visit: an assignment made, a student's file handed in and read. */
async function teacherJourney(
	page: Page,
	browser: Browser,
	dir: string,
	watch: (context: BrowserContext) => Promise<unknown>
) {
	await page.goto('/assign');
	await expect(page.getByRole('button', { name: 'Make the link' })).toBeEnabled();
	await page.getByRole('textbox', { name: 'Title of the assignment' }).fill('Week 1');
	await page.getByRole('textbox', { name: 'Class' }).fill('10B');
	await page.getByRole('button', { name: 'Make the link' }).click();
	const link = await page.getByRole('textbox', { name: 'Link for your students' }).inputValue();
	const path = await handIn(browser, link, 'Ann', dir, { watch });
	await page.goto('/teacher');
	await page.getByLabel('Results files').setInputFiles([path]);
	await expect(page.getByRole('status').filter({ hasText: 'imported' })).toContainText('imported.');
	await expect(page.getByRole('table', { name: 'Students' })).toContainText('Ann');
}

test('a student’s visit breaks no policy and sends nothing to another site', async ({
	page,
	context,
	baseURL
}) => {
	const violations = await recordViolations(context);
	const foreign = recordForeignRequests(context, new URL(baseURL!).origin);
	await studentJourney(page);
	expect(violations).toEqual([]);
	expect(foreign).toEqual([]);
});

test('a teacher’s visit breaks no policy and sends nothing to another site', async ({
	page,
	context,
	browser,
	baseURL
}, info) => {
	test.setTimeout(60_000);
	const origin = new URL(baseURL!).origin;
	const violations: string[][] = [];
	const foreign: string[] = [];
	// The teacher's browser, and the student's device that hands in the file.
	const watch = async (c: BrowserContext) => {
		violations.push(await recordViolations(c));
		recordForeignRequests(c, origin, foreign);
	};
	await watch(context);
	await teacherJourney(page, browser, info.outputDir, watch);
	expect(violations).toHaveLength(2);
	expect(violations.flat()).toEqual([]);
	expect(foreign).toEqual([]);
});

test('hostile titles and class names in an assignment link stay text', async ({ page }) => {
	const dialogs = recordDialogs(page);
	for (const [i, payload] of XSS_CORPUS.entries()) {
		const code = encodeAssignment({
			module: MODULE_ID,
			sections: [sections[0]!.id],
			mode: 'immediate',
			passMark: 0,
			due: null,
			locked: false,
			title: `T${i} ${payload}`,
			className: payload
		});
		await page.goto(`/a#${code}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`T${i} ${payload}`);
		await expect(page.getByText(`Class: ${payload}`)).toBeVisible();
		await expectNoInjectedMarkup(page);
	}
	// The assignment's own pages, with the last of them joined.
	await page.getByRole('textbox', { name: 'Your name or nickname' }).fill(XSS_CORPUS[0]!);
	await page.getByRole('button', { name: 'Start' }).click();
	await page.getByRole('link', { name: /^Continue: / }).click();
	await expect(new QuizPage(page, sections[0]!.id).checkButton).toBeEnabled();
	await expectNoInjectedMarkup(page);
	expect(dialogs).toEqual([]);
});

test('hostile student names in imported results files stay text on the dashboard', async ({
	page,
	browser
}, info) => {
	test.setTimeout(60_000);
	const dialogs = recordDialogs(page);
	await page.goto('/assign');
	await expect(page.getByRole('button', { name: 'Make the link' })).toBeEnabled();
	await page
		.getByRole('textbox', { name: 'Title of the assignment' })
		.fill('<img src=x onerror=alert(1)>');
	await page.getByRole('textbox', { name: 'Class' }).fill('<svg onload=alert(2)>');
	await page.getByRole('button', { name: 'Make the link' }).click();
	const link = await page.getByRole('textbox', { name: 'Link for your students' }).inputValue();
	const original = await handIn(browser, link, 'Ann', info.outputDir);
	const file = await readResults('ann.json', readFileSync(original, 'utf8'), new Set([MODULE_ID]));
	const body: Partial<typeof file> = { ...file };
	delete body.checksum;
	const paths = await Promise.all(
		XSS_CORPUS.map(async (payload, i) => {
			const sealed = await sealResults({ ...(body as typeof file), student: payload });
			const path = join(info.outputDir, `student-${i}.json`);
			await writeFile(path, JSON.stringify(sealed));
			return path;
		})
	);
	await page.goto('/teacher');
	await page.getByLabel('Results files').setInputFiles(paths);
	const log = page.getByRole('status').filter({ hasText: 'imported' });
	for (const path of paths) await expect(log).toContainText(`${basename(path)}: imported.`);
	const table = page.getByRole('table', { name: 'Students' });
	await expect(table.getByRole('row')).toHaveCount(XSS_CORPUS.length + 1);
	for (const payload of XSS_CORPUS) await expect(table).toContainText(payload);
	await expectNoInjectedMarkup(page);
	expect(dialogs).toEqual([]);
});
