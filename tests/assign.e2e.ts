import { readFile } from 'node:fs/promises';
import { encodeAssignment } from '../src/lib/assign/link';
import { readResults } from '../src/lib/results/file';
import { expectNoAxeViolations, scrollWidth } from './a11y-audit';
import { expect, test } from './fixtures';
import { moduleTitle, questionsOf, sections, siteModules } from './module-data';
import { AssignPage } from './pages/assign-page';
import { AssignmentPage } from './pages/assignment-page';
import type { HomePage } from './pages/home-page';

/** The teacher's side: from the home page to a link for all sections but those skipped. */
async function makeLink(home: HomePage, title: string, skip: string[]) {
	await home.goto();
	const assign = await home.openAssign();
	await assign.expectReady();
	return assign.makeLink({ title, skip, className: '10B <script>', due: '2026-12-04' });
}

test('a teacher finds the way in on the first screen of the home page', async ({ homePage }) => {
	await homePage.goto();
	const teachers = homePage.page.getByRole('navigation', { name: 'For teachers' });
	await expect(
		teachers.getByRole('link', { name: 'For teachers: assign a module' })
	).toBeInViewport();
	await expect(teachers.getByRole('link', { name: 'For teachers: read results' })).toBeInViewport();
});

/** Every visible control shorter than 44 px (a checkbox counts through its label). */
const smallTargets = (assignment: AssignmentPage) =>
	assignment.page.evaluate(() =>
		[
			...document.querySelectorAll<HTMLElement>(
				'a, button, select, input, label.choice, textarea, summary'
			)
		]
			.filter((el) => el.checkVisibility() && !el.closest('label.choice'))
			.filter((el) => el.getBoundingClientRect().height < 44)
			.map((el) => el.outerHTML.slice(0, 80))
	);

test('a teacher makes a link and a student opens it, gives a name that is kept, and starts', async ({
	homePage,
	newDevice
}) => {
	const title = 'Iraq 2014: first three sections';
	const link = await makeLink(
		homePage,
		title,
		sections.slice(3).map((s) => s.id)
	);
	expect(new URL(link).pathname).toBe('/a');

	// The student, on another device.
	const assignment = new AssignmentPage(await newDevice());
	await assignment.goto(link);
	await expect(assignment.heading).toHaveText(title);
	await expect(assignment.page.getByText('Class: 10B <script>')).toBeVisible();
	await expect(
		assignment.page.getByText(/^Due 4 December 2026$|^Due December 4, 2026$/)
	).toBeVisible();
	await expect(assignment.sectionsToDo).toHaveText(sections.slice(0, 3).map((s) => s.title));

	await assignment.startButton.click();
	await expect(assignment.nameStatus).toHaveText('Type a name or nickname first.');
	await expect(assignment.nameBox).toBeFocused();
	await assignment.startAs('Sam <b>');
	await expect(assignment.page.getByText('Welcome back, Sam <b>.')).toBeVisible();

	// Back days later: the name is still there, and the way on leads to the first section.
	await assignment.page.reload();
	await expect(assignment.nameBox).toHaveValue('Sam <b>');
	await expect(
		assignment.page.getByRole('link', { name: `Continue: ${sections[0]!.title}` })
	).toBeVisible();
	const quiz = await assignment.continue();

	// One question right, one wrong twice; then back to the assignment to hand in.
	await quiz.answerAndCheck(1, true);
	await quiz.next();
	await quiz.missTwice(2);
	await assignment.goto(link);
	await expect(assignment.resultRow(sections[0]!.title)).toContainText(
		`2 / ${quiz.questions.length}`
	);
	const download = await assignment.handIn();
	expect(download.suggestedFilename()).toMatch(
		/^lectern-results-iraq-2014-first-three-sections-sam-b-.*\.json$/
	);
	await expect(assignment.handInStatus).toContainText('Your results are saved in a file named');
	const text = await readFile((await download.path())!, 'utf8');
	const file = await readResults('sam.json', text, siteModules);
	expect(file.student).toBe('Sam <b>');
	expect(file.assignment.title).toBe(title);
	expect(file.totals).toEqual({
		points: 1,
		max: sections.slice(0, 3).reduce((n, s) => n + questionsOf(s.id).length, 0),
		answered: 2
	});
	expect(file.attempts.map((a) => a.try)).toEqual([1, 1, 2]);
});

test('a broken, cut-short, foreign or newer link says what is wrong and changes nothing', async ({
	homePage,
	assignmentPage: assignment
}) => {
	const link = await makeLink(homePage, 'Homework', []);
	const code = new URL(link).hash.slice(1);
	// Something already saved on this device, to see that a bad link leaves it alone.
	await assignment.goto(link);
	await assignment.startAs('Alex');

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
		[`9${code.slice(1)}`, /newer version of Lectern/],
		// The same assignment under a second code would split its class in two.
		[`0${code}`, /not a Lectern assignment link/],
		[`${code}${'x'.repeat(2000)}`, /longer than any Lectern makes/]
	];
	for (const [hash, reason] of cases) {
		await assignment.goto(`/a#${hash}`, { reload: true });
		await expect(assignment.problem).toContainText(reason);
		await expect(assignment.problem).toContainText('Nothing you have saved was changed.');
	}
	await assignment.goto(link, { reload: true });
	await expect(assignment.nameBox).toHaveValue('Alex');
	await expect(assignment.page.getByText(moduleTitle, { exact: false }).first()).toBeVisible();
});

test('the assign page and the student page have no axe violations and fit 320 px', async ({
	homePage,
	assignmentPage: assignment
}) => {
	const link = await makeLink(homePage, 'Homework', []);
	const page = assignment.page;
	await new AssignPage(page).openPreview(1);
	await expectNoAxeViolations(page);
	// Every control is a 44 px target (a checkbox through its label).
	expect(await smallTargets(assignment)).toEqual([]);
	await assignment.goto(link);
	await expect(assignment.heading).toHaveText('Homework');
	await assignment.startAs('Kim');
	await expect(assignment.results).toBeVisible();
	await expectNoAxeViolations(page);
	expect(await smallTargets(assignment)).toEqual([]);
	await assignment.goto('/a#1.broken', { reload: true });
	await expect(assignment.problem).toBeVisible();
	await expectNoAxeViolations(page);
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of ['/assign', link]) {
		await page.goto(path);
		expect(await scrollWidth(page), path).toBeLessThanOrEqual(320);
	}
});

test('an assignment too long for one link is not made, and the teacher is told what to shorten', async ({
	assignPage
}) => {
	await assignPage.goto();
	const names = Array.from({ length: 60 }, (_, i) => `Student with a long name, number ${i + 1}`);
	await assignPage.page.getByRole('textbox', { name: 'Title of the assignment' }).fill('Week 1');
	await assignPage.page
		.getByRole('textbox', { name: 'Class list (optional)' })
		.fill(names.join('\n'));
	await assignPage.makeButton.click();
	await expect(assignPage.page.getByRole('alert').filter({ hasText: 'too long' })).toHaveText(
		'This assignment is too long for one link: shorten the class list (or its names) or the title, or split the class in two.'
	);
	await expect(assignPage.sheet('Week 1')).toHaveCount(0);
	// Half the class fits.
	await assignPage.page
		.getByRole('textbox', { name: 'Class list (optional)' })
		.fill(names.slice(0, 30).join('\n'));
	await assignPage.makeButton.click();
	await expect(assignPage.sheet('Week 1')).toBeFocused();
});
