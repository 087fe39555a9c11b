import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readResults } from '../src/lib/results/file';
import { expect, test } from './fixtures';
import { sections, siteModules } from './module-data';
import { SectionPage } from './pages/section-page';

const [first, second] = [sections[0]!, sections[1]!];

test('deferred feedback: two students choose, change and hand in; the teacher’s numbers match a hand count', async ({
	assignPage,
	teacherPage,
	enrol
}, info) => {
	const title = 'Week 2 (deferred)';
	await assignPage.goto();
	const link = await assignPage.makeLink({
		title,
		className: '10B',
		mode: 'When the section is handed in',
		sectionCount: 1
	});
	const files: string[] = [];
	// Ann chooses question 1 wrong, then changes it to right; Ben the other way round. Both type
	// question 2 right and move straight on, and leave the rest blank. Hand count: Ann 2, Ben 1.
	for (const [name, firstRightAtLast] of [
		['Ann', true],
		['Ben', false]
	] as const) {
		const quiz = await enrol(link, name);
		const p = quiz.page;
		await expect(p.getByText(`You are working on the assignment “${title}”.`)).toBeVisible();
		// Choosing is answering: there is nothing to press, and nothing says whether it was right.
		await quiz.answer(1, !firstRightAtLast);
		await expect(quiz.status).toHaveText(
			'Answer saved on this device. It is checked when you hand in the section.'
		);
		await expect(quiz.savedCount(1)).toBeVisible();
		await expect(p.getByText(/^(Correct\.|Not quite\.)/)).toHaveCount(0);
		await quiz.answer(1, firstRightAtLast);
		await quiz.next();
		// A typed answer is saved when the student moves on, even at once.
		await quiz.answer(2, true);
		await quiz.reviewAndHandIn();
		await expect(quiz.savedCount(2)).toBeVisible();
		await expect(
			p.getByText(`${quiz.questions.length - 2} questions have no answer yet.`)
		).toBeVisible();
		// Handing in with blanks asks first, and names them.
		const blanks = quiz.questions.slice(2).map((_, i) => String(i + 3));
		await quiz.handInSection(
			`Questions ${blanks.slice(0, -1).join(', ')} and ${blanks.at(-1)} have no answer`
		);
		await expect(quiz.score(firstRightAtLast ? 2 : 1)).toBeVisible();
		// Now the feedback shows, and the answers can no longer change.
		await p.reload();
		await expect(quiz.summaryHeading).toBeVisible();
		await quiz.goToQuestion(3);
		await expect(p.getByText('You gave no answer.')).toBeVisible();
		await expect(p.getByText('Right answer:')).toBeVisible();
		await expect(quiz.skipButton).toHaveCount(0);
		await quiz.previous();
		await quiz.previous();
		await expect(quiz.heading(1)).toBeFocused();
		await expect(p.getByText(firstRightAtLast ? 'Correct.' : 'Not this time.')).toBeVisible();

		const assignment = await quiz.backToAssignment(title);
		const path = join(info.outputDir, `${name}.json`);
		await (await assignment.handIn()).saveAs(path);
		files.push(path);
	}

	await teacherPage.goto();
	await teacherPage.importFiles(files);
	const report = teacherPage.report(`${title} · 10B`);
	await expect(report.points('Ann')).toHaveText('2');
	await expect(report.points('Ben')).toHaveText('1');
	// Question 1: the answers handed in were Ann's right one and Ben's wrong one: facility 50.
	// Question 2: both right: 100. The others: nobody answered.
	await expect(report.itemCell(1, 0)).toHaveText('2');
	await expect(report.itemCell(1, 1)).toHaveText('50');
	await expect(report.itemCell(2, 1)).toHaveText('100');
	await expect(report.itemCell(3, 0)).toHaveText('0');
});

test('a pass mark and locked sections: a missed section is taken again, then the next one opens', async ({
	assignPage,
	enrol
}) => {
	// The whole first section is answered twice, question by question: about 25 s on a quiet
	// machine, which a busy two-core one can push past the default 30 s.
	test.setTimeout(60_000);
	await assignPage.goto();
	const link = await assignPage.makeLink({
		title: 'Week 3',
		className: '10B',
		mode: 'Straight away',
		passMark: 100,
		locked: true,
		sectionCount: 2
	});
	let quiz = await enrol(link, 'Cal');
	const p = quiz.page;
	const n = quiz.questions.length;
	// Reached without the assignment's address, the section says how to work on it for the
	// assignment instead of as practice.
	await p.goto(quiz.path);
	await p.getByRole('link', { name: 'Work on it for “Week 3”' }).click();
	await expect(p.getByText('You are working on the assignment “Week 3”.')).toBeVisible();
	// Everything right but question 1, wrong twice: short of 100 %.
	await quiz.finish([1]);
	await expect(p.getByText('Not passed yet: the pass mark is 100%.')).toBeVisible();
	await expect(quiz.nextSectionLink).toHaveCount(0);

	// The next section is locked, on the assignment page and on its own page.
	const assignment = await quiz.backToAssignment('Week 3', { fromResults: true });
	await expect(assignment.resultRow(second.title)).toContainText('Locked');
	await expect(assignment.results.getByRole('link', { name: second.title })).toHaveCount(0);
	const code = new URL(link).hash.slice(1);
	const locked = new SectionPage(p, second.id);
	await p.goto(`${locked.path}?a=${encodeURIComponent(code)}`);
	await expect(
		p.getByText(`This section is locked until you pass the one before it: ${first.title}.`)
	).toBeVisible();
	await expect(locked.checkButton).toHaveCount(0);

	// Taken again, all right: passed, and the way on opens.
	await p.getByRole('link', { name: `Go to ${first.title}` }).click();
	await quiz.takeAgain();
	await quiz.finish();
	await expect(p.getByText('Passed: you reached the pass mark of 100%.')).toBeVisible();
	await expect(quiz.nextSectionLink).toHaveText(`Next section: ${second.title}`);
	quiz = await quiz.goToNextSection();
	await expect(quiz.checkButton).toBeEnabled();

	// The results file holds both goes; its totals count the second.
	await assignment.goto(link);
	await expect(assignment.resultRow(first.title)).toContainText('Passed, Go 2');
	const download = await assignment.handIn();
	const text = await readFile((await download.path())!, 'utf8');
	const file = await readResults('cal.json', text, siteModules);
	expect(new Set(file.attempts.map((a) => a.round))).toEqual(new Set([1, 2]));
	expect(file.totals.points).toBe(n);
});

test('practice: unlimited tries, the answer shown after two misses, and no score', async ({
	assignPage,
	enrol
}) => {
	await assignPage.goto();
	const link = await assignPage.makeLink({
		title: 'Practice run',
		className: '10B',
		mode: 'Practice',
		sectionCount: 1
	});
	const quiz = await enrol(link, 'Dee');
	for (let i = 0; i < 3; i++) {
		await quiz.answer(1, false);
		await quiz.check();
		await expect(quiz.status).toContainText('Not quite.');
	}
	// Shown in the question's card, and read out with the verdict.
	const card = quiz.card(1);
	await expect(card.getByText('3 wrong tries so far.')).toBeVisible();
	await expect(card.getByText('Here is the answer: give it to finish the question.')).toBeVisible();
	await expect(quiz.status).toContainText('Here is the answer: give it to finish the question.');
	await quiz.answer(1, true);
	await quiz.check();
	await expect(quiz.status).toContainText('Correct, after 4 tries.');
	await expect(quiz.page.getByText(/\d+ points?\b/)).toHaveCount(0);
	await expect(quiz.page.getByText(`Answered right: 1 of ${quiz.questions.length}`)).toBeVisible();
});

test('deferred: an answer with a part left blank says it is not saved, and counts once it is whole', async ({
	assignPage,
	enrol
}) => {
	await assignPage.goto();
	const link = await assignPage.makeLink({
		title: 'Week 2',
		mode: 'When the section is handed in',
		sectionCount: 1
	});
	const quiz = await enrol(link, 'Ann');
	const classify = quiz.questions.findIndex((q) => q.type === 'classify') + 1;
	await quiz.reviewAndHandIn();
	await quiz.goToQuestion(classify);
	const [firstStatement] = quiz.question(classify).statements!;
	await quiz.page
		.getByRole('combobox', { name: firstStatement!.text, exact: true })
		.selectOption({ index: 1 });
	await expect(
		quiz.page.getByText('Not saved yet: answer every part, and it is saved.')
	).toBeVisible();
	// Nothing saved yet: the quiz still says only how many questions there are.
	await expect(
		quiz.page.getByText(`${quiz.questions.length} questions`, { exact: true })
	).toBeVisible();
	await quiz.answer(classify, true);
	await expect(quiz.savedCount(1)).toBeVisible();
	await expect(quiz.page.getByText(/^Not saved yet/)).toHaveCount(0);
});
