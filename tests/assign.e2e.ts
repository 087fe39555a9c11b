import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { encodeAssignment } from '../src/lib/assign/link';
import { readResults } from '../src/lib/results/file';
import { QuizPage } from './quiz-page';
import { MODULE_ID, moduleTitle, sections } from './module-data';

const audit = async (page: Page) => {
	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
};

/** Fills in the Assign page and returns the link it makes. */
async function makeLink(page: Page, title: string, skip: string[]) {
	await page.goto('/');
	await page.getByRole('link', { name: 'For teachers: assign a module' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Assign a module' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Module' })).toHaveValue(MODULE_ID);
	await expect(page.getByRole('button', { name: 'Make the link' })).toBeEnabled();
	for (const s of sections.filter((x) => skip.includes(x.id))) {
		await page.getByRole('checkbox', { name: new RegExp(`^\\d+\\. ${s.title}$`) }).uncheck();
	}
	await page.getByRole('textbox', { name: 'Title of the assignment' }).fill(title);
	await page.getByRole('textbox', { name: 'Class' }).fill('10B <script>');
	await page.getByLabel('Due date (optional)').fill('2026-12-04');
	await page.getByRole('button', { name: 'Make the link' }).click();
	const sheet = page.getByRole('region', { name: title });
	await expect(sheet).toBeFocused();
	await expect(sheet.getByRole('img', { name: `QR code of the link to “${title}”` })).toBeVisible();
	return sheet.getByRole('textbox', { name: 'Link for your students' }).inputValue();
}

test('a teacher makes a link and a student opens it, gives a name that is kept, and starts', async ({
	page,
	browser
}) => {
	const title = 'Iraq 2014: first three sections';
	const skip = sections.slice(3).map((s) => s.id);
	const link = await makeLink(page, title, skip);
	expect(new URL(link).pathname).toBe('/a');

	// The student, on another device: a fresh browser context.
	const student = await browser.newContext();
	const phone = await student.newPage();
	await phone.goto(link);
	await expect(phone.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(phone.getByText('Class: 10B <script>')).toBeVisible();
	await expect(phone.getByText(/^Due 4 December 2026$|^Due December 4, 2026$/)).toBeVisible();
	const listed = phone.getByRole('list', { name: 'Sections to do' }).getByRole('listitem');
	await expect(listed).toHaveText(sections.slice(0, 3).map((s) => s.title));

	await phone.getByRole('button', { name: 'Start' }).click();
	const nameStatus = phone.getByRole('status').first();
	await expect(nameStatus).toHaveText('Type a name or nickname first.');
	await expect(phone.getByRole('textbox', { name: 'Your name or nickname' })).toBeFocused();
	await phone.getByRole('textbox', { name: 'Your name or nickname' }).fill('Sam <b>');
	await phone.getByRole('button', { name: 'Start' }).click();
	await expect(nameStatus).toHaveText('Name saved on this device.');
	await expect(phone.getByText('Welcome back, Sam <b>.')).toBeVisible();

	// Back days later: the name is still there, and the way on leads to the first section.
	await phone.reload();
	await expect(phone.getByRole('textbox', { name: 'Your name or nickname' })).toHaveValue(
		'Sam <b>'
	);
	await phone.getByRole('link', { name: `Continue: ${sections[0]!.title}` }).click();
	await expect(phone.getByRole('heading', { level: 1, name: sections[0]!.title })).toBeVisible();

	// One question right, one wrong twice; then back to the assignment to hand in.
	const quiz = new QuizPage(phone, sections[0]!.id);
	await quiz.answerAndCheck(1, true);
	await quiz.nextButton.click();
	await quiz.answerAndCheck(2, false);
	await quiz.answer(2, false);
	await quiz.check();
	await expect(quiz.status).toContainText('Answer saved on this device.');
	await phone.goto(link);
	const handIn = phone.getByRole('region', { name: 'Hand in' });
	await expect(
		handIn.getByRole('row', { name: new RegExp(`^${sections[0]!.title}`) })
	).toContainText(`2 / ${quiz.questions.length}`);
	const downloading = phone.waitForEvent('download');
	await handIn.getByRole('button', { name: 'Hand in my results' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(
		/^lectern-results-iraq-2014-first-three-sections-sam-b-.*\.json$/
	);
	await expect(handIn.getByRole('status')).toContainText('Your results file was made');
	const text = await readFile((await download.path())!, 'utf8');
	const file = await readResults('sam.json', text, new Set([MODULE_ID]));
	expect(file.student).toBe('Sam <b>');
	expect(file.assignment.title).toBe(title);
	expect(file.totals).toEqual({
		points: 1,
		max: sections.slice(0, 3).reduce((n, s) => n + new QuizPage(phone, s.id).questions.length, 0),
		answered: 2
	});
	expect(file.attempts.map((a) => a.try)).toEqual([1, 1, 2]);
	await student.close();
});

test('a broken, cut-short, foreign or newer link says what is wrong and changes nothing', async ({
	page
}) => {
	const link = await makeLink(page, 'Homework', []);
	const code = new URL(link).hash.slice(1);
	// Something already saved on this device, to see that a bad link leaves it alone.
	await page.goto(link);
	await page.getByRole('textbox', { name: 'Your name or nickname' }).fill('Alex');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('status').first()).toHaveText('Name saved on this device.');

	const cases: [string, RegExp][] = [
		[code.slice(0, code.length - 12), /Part of the link is missing/],
		['hello', /not a Lectern assignment link/],
		['', /holds no assignment/],
		[
			encodeAssignment({
				module: 'gaza-2009',
				sections: ['one'],
				mode: 'immediate',
				passMark: 0,
				due: null,
				locked: false,
				title: 'Other',
				className: ''
			}),
			/module this site does not have \(“gaza-2009”\)/
		],
		[`9${code.slice(1)}`, /newer version of Lectern/]
	];
	for (const [hash, reason] of cases) {
		await page.goto(`/a#${hash}`);
		await page.reload();
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(reason);
		await expect(alert).toContainText('Nothing you have saved was changed.');
	}
	await page.goto(link);
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Your name or nickname' })).toHaveValue('Alex');
	await expect(page.getByText(moduleTitle, { exact: false }).first()).toBeVisible();
});

test('the assign page and the student page have no axe violations and fit 320 px', async ({
	page
}) => {
	const link = await makeLink(page, 'Homework', []);
	await audit(page);
	// Every control is a 44 px target (a checkbox through its label).
	const small = () =>
		page.evaluate(() =>
			[
				...document.querySelectorAll<HTMLElement>(
					'a, button, select, input, label.choice, textarea'
				)
			]
				.filter((el) => el.checkVisibility() && !el.closest('label.choice'))
				.filter((el) => el.getBoundingClientRect().height < 44)
				.map((el) => el.outerHTML.slice(0, 80))
		);
	expect(await small()).toEqual([]);
	await page.goto(link);
	await expect(page.getByRole('heading', { level: 1, name: 'Homework' })).toBeVisible();
	await page.getByRole('textbox', { name: 'Your name or nickname' }).fill('Kim');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('table', { name: 'Your results so far' })).toBeVisible();
	await audit(page);
	expect(await small()).toEqual([]);
	await page.goto('/a#1.broken');
	await page.reload();
	await expect(page.getByRole('alert')).toBeVisible();
	await audit(page);
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of ['/assign', link]) {
		await page.goto(path);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			path
		).toBeLessThanOrEqual(320);
	}
});
