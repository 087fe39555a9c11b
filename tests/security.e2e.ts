import { type BrowserContext } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { encodeAssignment } from '../src/lib/assign/link';
import { readResults, sealResults } from '../src/lib/results/file';
import { expect, test } from './fixtures';
import { MODULE_ID, sections, siteModules } from './module-data';
import {
	builtPages,
	expectNoInjectedMarkup,
	recordDialogs,
	recordForeignRequests
} from './page-guards';
import { aidNames, openAid } from './pages/aid-pages';
import type { AssignPage } from './pages/assign-page';
import type { HomePage } from './pages/home-page';
import { ReadingCards } from './pages/reading-cards';
import { ReviewPage } from './pages/review-page';
import { SettingsPage } from './pages/settings-page';
import type { TeacherPage } from './pages/teacher-page';
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

test.describe('an injected script', () => {
	// The violations are this test's to provoke.
	test.use({ allowCspViolations: true });

	test('a script injected into the page is blocked and reported', async ({
		page,
		csp,
		sectionPage
	}) => {
		const seen = csp.violations;
		await sectionPage.goto();
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true';
			// An inline script the policy allowed would run here, during append: no wait is needed.
			document.body.append(script);
			const img = document.createElement('img');
			img.src = 'https://example.com/pixel.png';
			document.body.append(img);
			return (window as unknown as { __injected?: boolean }).__injected ?? false;
		});
		expect(ran).toBe(false);
		await expect.poll(() => seen.some((v) => v.includes('script-src-elem'))).toBe(true);
		await expect
			.poll(() => seen.some((v) => v.includes('img-src https://example.com/pixel.png')))
			.toBe(true);
	});
});

/** A student's whole visit: reading, a card, a question, every reading aid, settings, review. */
async function studentJourney(home: HomePage) {
	await home.goto();
	const module = await home.openModule();
	const quiz = await module.startReading();
	await expect(quiz.checkButton).toBeEnabled();
	const cards = new ReadingCards(quiz.page);
	await cards.open(cards.article.getByRole('button').first());
	await quiz.page.keyboard.press('Escape');
	await quiz.answerAndCheck(1, true);
	for (const aid of aidNames) {
		const page = await openAid(quiz.page, aid);
		await expect(page.heading).toBeVisible();
	}
	const settings = new SettingsPage(home.page);
	await settings.goto();
	await settings.choose('Colours', 'Dark');
	const review = new ReviewPage(home.page);
	await review.goto();
	await expect(review.heading).toBeVisible();
}

/** A teacher's whole visit: an assignment made, a student's file handed in and read. */
async function teacherJourney(
	assign: AssignPage,
	teacher: TeacherPage,
	handIn: (link: string, name: string, o: { watch: typeof watchNothing }) => Promise<string>,
	watch: typeof watchNothing
) {
	await assign.goto();
	const link = await assign.makeLink({ title: 'Week 1', className: '10B' });
	const path = await handIn(link, 'Ann', { watch });
	await teacher.goto();
	await teacher.importFiles([path]);
	await expect(teacher.importLog).toContainText('imported.');
	await expect(teacher.students).toContainText('Ann');
}
const watchNothing = async (context: BrowserContext): Promise<unknown> => context;

test('a student’s visit breaks no policy and sends nothing to another site', async ({
	homePage,
	context,
	csp,
	baseURL
}) => {
	const foreign = recordForeignRequests(context, new URL(baseURL!).origin);
	await studentJourney(homePage);
	expect(csp.violations).toEqual([]);
	expect(foreign).toEqual([]);
});

test('a teacher’s visit breaks no policy and sends nothing to another site', async ({
	assignPage,
	teacherPage,
	handIn,
	context,
	csp,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	// The teacher's browser, and the student's device that hands in the file.
	const watch = async (c: BrowserContext) => recordForeignRequests(c, origin, foreign);
	await watch(context);
	await teacherJourney(assignPage, teacherPage, handIn, watch);
	// Both browsers were watched for violations (the fixtures' guard) as well as for requests.
	expect(csp.contexts).toBe(2);
	expect(csp.violations).toEqual([]);
	expect(foreign).toEqual([]);
});

test('hostile titles and class names in an assignment link stay text', async ({
	page,
	assignmentPage: assignment
}) => {
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
		await assignment.goto(`/a#${code}`);
		await expect(assignment.heading).toHaveText(`T${i} ${payload}`);
		await expect(page.getByText(`Class: ${payload}`)).toBeVisible();
		await expectNoInjectedMarkup(page);
	}
	// The assignment's own pages, with the last of them joined.
	await assignment.startAs(XSS_CORPUS[0]!);
	const quiz = await assignment.continue();
	await expect(quiz.checkButton).toBeEnabled();
	await expectNoInjectedMarkup(page);
	expect(dialogs).toEqual([]);
});

test('hostile student names in imported results files stay text on the dashboard', async ({
	page,
	assignPage,
	teacherPage,
	handIn
}, info) => {
	const dialogs = recordDialogs(page);
	await assignPage.goto();
	const link = await assignPage.makeLink({
		title: '<img src=x onerror=alert(1)>',
		className: '<svg onload=alert(2)>'
	});
	const original = await handIn(link, 'Ann');
	const file = await readResults('ann.json', readFileSync(original, 'utf8'), siteModules);
	const body: Partial<typeof file> = { ...file };
	delete body.checksum;
	const paths = await Promise.all(
		XSS_CORPUS.map(async (payload, i) => {
			// Each a student of their own: their own name, and the id their own device made.
			const sealed = await sealResults({
				...(body as typeof file),
				student: payload,
				studentId: `student-${i}`
			});
			const path = join(info.outputDir, `student-${i}.json`);
			await writeFile(path, JSON.stringify(sealed));
			return path;
		})
	);
	await teacherPage.goto();
	await teacherPage.importFiles(paths);
	for (const path of paths)
		await expect(teacherPage.importLog).toContainText(`${basename(path)}: imported.`);
	const table = teacherPage.students;
	await expect(teacherPage.studentRows).toHaveCount(XSS_CORPUS.length);
	for (const payload of XSS_CORPUS) await expect(table).toContainText(payload);
	await expectNoInjectedMarkup(page);
	expect(dialogs).toEqual([]);
});
