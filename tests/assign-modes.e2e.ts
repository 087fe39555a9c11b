import { expect, test, type Browser, type Page } from '@playwright/test';
import { join } from 'node:path';
import { readResults } from '../src/lib/results/file';
import { MODULE_ID, sections } from './module-data';
import { QuizPage } from './quiz-page';

type Rules = {
	mode: 'Straight away' | 'When the section is handed in' | 'Practice';
	passMark?: number;
	locked?: boolean;
	sectionCount: number;
};

/** The teacher's side: an assignment of the first sections, under the rules given. */
async function makeLink(page: Page, title: string, rules: Rules) {
	await page.goto('/assign');
	// The form takes choices once the page is interactive.
	await expect(page.getByRole('button', { name: 'Make the link' })).toBeEnabled();
	for (const s of sections.slice(rules.sectionCount)) {
		await page.getByRole('checkbox', { name: new RegExp(`^\\d+\\. ${s.title}$`) }).uncheck();
	}
	await page.getByRole('textbox', { name: 'Title of the assignment' }).fill(title);
	await page.getByRole('textbox', { name: 'Class' }).fill('10B');
	await page.getByRole('radio', { name: rules.mode }).check();
	if (rules.passMark !== undefined) {
		await page
			.getByRole('spinbutton', { name: 'Pass mark for each section (%)' })
			.fill(String(rules.passMark));
	}
	if (rules.locked) {
		await page
			.getByRole('checkbox', { name: 'Keep each section locked until the one before it is passed' })
			.check();
	}
	await page.getByRole('button', { name: 'Make the link' }).click();
	return page.getByRole('textbox', { name: 'Link for your students' }).inputValue();
}

/** A student on their own device opens the link, gives a name and goes to the first section. */
async function enrol(browser: Browser, link: string, name: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await page.getByRole('textbox', { name: 'Your name or nickname' }).fill(name);
	await page.getByRole('button', { name: 'Start' }).click();
	await page.getByRole('link', { name: /^Continue: / }).click();
	return { context, page, quiz: new QuizPage(page, sections[0]!.id) };
}

test('deferred feedback: two students save, change and hand in; the teacher’s numbers match a hand count', async ({
	page,
	browser
}, info) => {
	test.setTimeout(120_000);
	const title = 'Week 2 (deferred)';
	const link = await makeLink(page, title, {
		mode: 'When the section is handed in',
		sectionCount: 1
	});
	const files: string[] = [];
	// Ann saves question 1 wrong, then changes it to right; Ben the other way round. Both get
	// question 2 right and leave the rest unanswered. Hand count: Ann 2 points, Ben 1.
	for (const [name, firstRightAtLast] of [
		['Ann', true],
		['Ben', false]
	] as const) {
		const { context, page: p, quiz } = await enrol(browser, link, name);
		await expect(p.getByText(`You are working on the assignment “${title}”.`)).toBeVisible();
		const save = p.getByRole('button', { name: 'Save answer' });
		await quiz.answer(1, !firstRightAtLast);
		await save.click();
		await expect(quiz.status).toHaveText(
			'Answer saved on this device. It is checked when you hand in the section.'
		);
		// Nothing says whether it was right.
		await expect(p.getByText(/^(Correct\.|Not quite\.)/)).toHaveCount(0);
		await quiz.answer(1, firstRightAtLast);
		await expect(
			p.getByText('You changed this answer: press “Save answer” to keep the change.')
		).toBeVisible();
		await save.click();
		await expect(p.getByText('Answers saved: 1 of')).toBeVisible();
		await p.getByRole('button', { name: 'Next question' }).click();
		await quiz.answer(2, true);
		await save.click();
		await expect(p.getByText('Answers saved: 2 of')).toBeVisible();

		await p.getByRole('button', { name: 'Review and hand in the section' }).click();
		await expect(p.getByRole('heading', { name: 'Hand in this section' })).toBeFocused();
		await expect(
			p.getByText(`${quiz.questions.length - 2} questions have no answer yet.`)
		).toBeVisible();
		await p.getByRole('button', { name: 'Hand in this section' }).click();
		await expect(quiz.summaryHeading).toBeFocused();
		const points = firstRightAtLast ? 2 : 1;
		await expect(
			p.getByText(`You scored ${points} out of ${quiz.questions.length}.`)
		).toBeVisible();
		// Now the feedback shows, and the answers can no longer change.
		await p.reload();
		await expect(quiz.summaryHeading).toBeVisible();
		await p.getByRole('button', { name: 'Go to question 3', exact: true }).click();
		await expect(p.getByText('You gave no answer.')).toBeVisible();
		await expect(p.getByText('Right answer:')).toBeVisible();
		await expect(p.getByRole('button', { name: 'Save answer' })).toHaveCount(0);
		await p.getByRole('button', { name: 'Previous question' }).click();
		await p.getByRole('button', { name: 'Previous question' }).click();
		await expect(quiz.heading(1)).toBeFocused();
		await expect(p.getByText(firstRightAtLast ? 'Correct.' : 'Not this time.')).toBeVisible();

		await p
			.getByRole('link', { name: `Back to the assignment: ${title}` })
			.first()
			.click();
		const downloading = p.waitForEvent('download');
		await p.getByRole('button', { name: 'Hand in my results' }).click();
		const path = join(info.outputDir, `${name}.json`);
		await (await downloading).saveAs(path);
		files.push(path);
		await context.close();
	}

	await page.goto('/teacher');
	await page.getByLabel('Results files').setInputFiles(files);
	const report = page.getByRole('region', { name: `${title} · 10B` });
	const students = report.getByRole('table', { name: 'Students' });
	await expect(students.getByRole('row', { name: /^Ann/ }).getByRole('cell').first()).toHaveText(
		'2'
	);
	await expect(students.getByRole('row', { name: /^Ben/ }).getByRole('cell').first()).toHaveText(
		'1'
	);
	// Question 1: the answers handed in were Ann's right one and Ben's wrong one: facility 50.
	// Question 2: both right: 100. The others: nobody answered.
	const rows = report.getByRole('table', { name: 'Question by question' }).getByRole('row');
	await expect(rows.nth(1).getByRole('cell').nth(0)).toHaveText('2');
	await expect(rows.nth(1).getByRole('cell').nth(1)).toHaveText('50');
	await expect(rows.nth(2).getByRole('cell').nth(1)).toHaveText('100');
	await expect(rows.nth(3).getByRole('cell').nth(0)).toHaveText('0');
});

test('a pass mark and locked sections: a missed section is taken again, then the next one opens', async ({
	page,
	browser
}) => {
	test.setTimeout(120_000);
	const link = await makeLink(page, 'Week 3', {
		mode: 'Straight away',
		passMark: 100,
		locked: true,
		sectionCount: 2
	});
	const { context, page: p, quiz } = await enrol(browser, link, 'Cal');
	const n = quiz.questions.length;
	// Reached without the assignment's address, the section says how to work on it for the
	// assignment instead of as practice.
	await p.goto(`/m/${MODULE_ID}/${sections[0]!.id}`);
	await p.getByRole('link', { name: 'Work on it for “Week 3”' }).click();
	await expect(p.getByText('You are working on the assignment “Week 3”.')).toBeVisible();
	// Everything right but question 1, wrong twice: short of 100 %.
	for (let i = 1; i <= n; i++) {
		await quiz.answerAndCheck(i, i !== 1);
		if (i === 1) {
			await quiz.answer(1, false);
			await quiz.check();
		}
		await quiz.nextButton.click();
	}
	await expect(p.getByText('Not passed yet: the pass mark is 100%.')).toBeVisible();
	await expect(p.getByRole('link', { name: /^Next section/ })).toHaveCount(0);

	// The next section is locked, on the assignment page and on its own page.
	await p
		.getByRole('region', { name: /^Section results/ })
		.getByRole('link', { name: 'Back to the assignment: Week 3' })
		.click();
	const second = sections[1]!;
	const table = p.getByRole('table', { name: 'Your results so far' });
	await expect(table.getByRole('row', { name: new RegExp(`^${second.title}`) })).toContainText(
		'Locked'
	);
	await expect(table.getByRole('link', { name: second.title })).toHaveCount(0);
	const code = new URL(link).hash.slice(1);
	await p.goto(`/m/${MODULE_ID}/${second.id}?a=${encodeURIComponent(code)}`);
	await expect(
		p.getByText(`This section is locked until you pass the one before it: ${sections[0]!.title}.`)
	).toBeVisible();
	await expect(p.getByRole('button', { name: 'Check answer' })).toHaveCount(0);

	// Taken again, all right: passed, and the way on opens.
	await p.getByRole('link', { name: `Go to ${sections[0]!.title}` }).click();
	await p.getByRole('button', { name: 'Take this section again' }).click();
	await expect(quiz.heading(1)).toBeFocused();
	for (let i = 1; i <= n; i++) {
		await quiz.answerAndCheck(i, true);
		await quiz.nextButton.click();
	}
	await expect(p.getByText('Passed: you reached the pass mark of 100%.')).toBeVisible();
	await p.getByRole('link', { name: `Next section: ${second.title}` }).click();
	await expect(p.getByRole('heading', { level: 1, name: second.title })).toBeVisible();
	await expect(new QuizPage(p, second.id).checkButton).toBeEnabled();

	// The results file holds both goes; its totals count the second.
	await p.goto(link);
	await expect(
		table.getByRole('row', { name: new RegExp(`^${sections[0]!.title}`) })
	).toContainText('Passed, Go 2');
	const downloading = p.waitForEvent('download');
	await p.getByRole('button', { name: 'Hand in my results' }).click();
	const text = await (await downloading).createReadStream().then(async (stream) => {
		const chunks: Buffer[] = [];
		for await (const chunk of stream) chunks.push(chunk as Buffer);
		return Buffer.concat(chunks).toString('utf8');
	});
	const file = await readResults('cal.json', text, new Set([MODULE_ID]));
	expect(new Set(file.attempts.map((a) => a.round))).toEqual(new Set([1, 2]));
	expect(file.totals.points).toBe(n);
	await context.close();
});

test('practice: unlimited tries, the answer shown after two misses, and no score', async ({
	page,
	browser
}) => {
	const link = await makeLink(page, 'Practice run', { mode: 'Practice', sectionCount: 1 });
	const { context, page: p, quiz } = await enrol(browser, link, 'Dee');
	for (let i = 0; i < 3; i++) {
		await quiz.answer(1, false);
		await quiz.check();
		await expect(quiz.status).toContainText('Not quite.');
	}
	// Shown in the question's card, and read out with the verdict.
	const card = p.getByRole('form', { name: `Question 1 of ${quiz.questions.length}` });
	await expect(card.getByText('3 wrong tries so far.')).toBeVisible();
	await expect(card.getByText('Here is the answer: give it to finish the question.')).toBeVisible();
	await expect(quiz.status).toContainText('Here is the answer: give it to finish the question.');
	await quiz.answer(1, true);
	await quiz.check();
	await expect(quiz.status).toContainText('Correct, after 4 tries.');
	await expect(p.getByText(/\d+ points?\b/)).toHaveCount(0);
	await expect(p.getByText(`Answered right: 1 of ${quiz.questions.length}`)).toBeVisible();
	await context.close();
});
