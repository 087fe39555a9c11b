import { expect, test } from './fixtures';
import { paragraphsOf, sections } from './module-data';
import { SectionPage } from './pages/section-page';

const first = sections[0]!;

test('home lists the module, and the module page starts the first section', async ({
	homePage
}) => {
	await homePage.goto();
	await expect(homePage.heading).toBeVisible();
	await expect(homePage.page.getByText('0 of', { exact: false })).toBeVisible();
	const module = await homePage.openModule();
	await expect(module.sourcePanel.getByText('Opinion piece', { exact: true })).toBeVisible();
	await expect(
		module.page.getByText('Copyright © Bill Van Auken, World Socialist Web Site, 2014')
	).toBeVisible();
	await expect(module.sectionList).toHaveCount(sections.length);
	await module.startReading();
});

test('a right first answer scores 1 and is saved before it shows', async ({
	sectionPage: quiz
}) => {
	await quiz.goto();
	await expect(quiz.article.getByText('After overrunning Mosul')).toBeVisible();
	await quiz.answer(1, true);
	await quiz.check();
	await expect(quiz.status).toHaveText(/^Correct\. 1 point\. Answer saved on this device\./);
	await expect(quiz.card(1).getByText(quiz.question(1).explanation)).toBeVisible();
	// Focus moves to the next step.
	await expect(quiz.nextButton).toBeFocused();
});

test('a wrong first answer gets a hint and one more try, worth half a point', async ({
	sectionPage: quiz
}) => {
	await quiz.goto();
	await quiz.answer(1, false);
	await quiz.check();
	await expect(quiz.status).toContainText('Not quite. Try once more.');
	await expect(quiz.hint(1)).toBeVisible();
	await quiz.answer(1, true);
	await quiz.check();
	await expect(quiz.status).toContainText('Correct at the second try. 0.5 points.');
});

test('a fill-in one letter off counts, and the feedback gives the spelling', async ({
	sectionPage: quiz
}) => {
	await quiz.goto();
	const n = quiz.questions.findIndex((q) => q.type === 'fill') + 1;
	expect(n, 'the first section has a fill-in question').toBeGreaterThan(0);
	const key = quiz.question(n).accept![0]!;
	expect(key.length, 'its first answer is long enough for a slip to count').toBeGreaterThan(6);
	// The student drops one letter in the middle.
	const slip = key.slice(0, 3) + key.slice(4);
	await quiz.work({ to: n - 1 });
	await quiz.inputs.typedAnswer.fill(slip);
	await quiz.check();
	const spelling = `Counted as right, though it is spelt “${key}”.`;
	await expect(quiz.status).toHaveText(
		`Correct. 1 point. ${spelling} Answer saved on this device.`
	);
	await expect(quiz.card(n).getByText(spelling)).toBeVisible();
});

test('two wrong tries show the right answer and score 0', async ({ sectionPage: quiz }) => {
	await quiz.goto();
	await quiz.answerAndCheck(1, false);
	await quiz.answer(1, false);
	await quiz.check();
	await expect(quiz.status).toContainText('Not this time. Here is the answer. 0 points.');
	await expect(quiz.card(1).getByText('Right answer:')).toBeVisible();
});

test('"Show in text" highlights the evidence and moves focus to it', async ({
	sectionPage: quiz
}) => {
	await quiz.goto();
	await quiz.answerAndCheck(1, true);
	await quiz.showInText();
	const evidence = quiz.question(1).evidence[0]!;
	await expect(quiz.marked.first()).toBeInViewport();
	expect((await quiz.marked.allTextContents()).join(' ')).toContain(evidence.split('. ')[0]);
	await quiz.backToTheQuestion();
	await expect(quiz.marked).toHaveCount(0);
	await expect(quiz.showInTextButton).toBeFocused();
});

test('"Back to the question" is a solid bar that does not cover the sentence it points at', async ({
	page,
	sectionPage: quiz
}) => {
	await quiz.goto();
	await quiz.answerAndCheck(1, true);
	await quiz.next();
	// A question whose evidence lies deeper in the section, where the bar sits over the text.
	await quiz.answerAndCheck(2, true);
	await quiz.showInText();
	const back = page.getByRole('button', { name: 'Back to the question' });
	await expect(back).toBeInViewport();
	const opaque = (colour: string) => !/rgba\(.*,\s*0(\.\d+)?\)$|transparent/.test(colour);
	const [button, bar] = await back.evaluate((b) => [
		getComputedStyle(b).backgroundColor,
		getComputedStyle(b.parentElement!).backgroundColor
	]);
	expect(opaque(button!), button).toBe(true);
	expect(opaque(bar!), bar).toBe(true);
	const barBox = (await back.locator('..').boundingBox())!;
	for (const mark of await quiz.marked.all()) {
		const box = (await mark.boundingBox())!;
		const overlaps = box.y < barBox.y + barBox.height && box.y + box.height > barBox.y;
		expect(overlaps, 'the bar covers the marked sentence').toBe(false);
	}
});

test('Check without an answer says what to do and saves nothing', async ({ sectionPage: quiz }) => {
	await quiz.goto();
	await quiz.check();
	await expect(quiz.status).toHaveText('Give an answer before checking.');
	await expect(quiz.heading(1)).toBeVisible();
	await expect(quiz.checkButton).toBeVisible();
	const module = await quiz.openModulePage();
	await expect(module.sectionList.first()).toContainText('Not started');
});

test('finishing a section shows its score, the questions missed, and the way on', async ({
	sectionPage: quiz
}) => {
	await quiz.goto();
	const total = quiz.questions.length;
	for (let n = 1; n <= total; n++) {
		// Miss question 2 twice; get the rest right.
		if (n === 2) await quiz.missTwice(n);
		else await quiz.answerAndCheck(n, true);
		await expect(quiz.nextButton).toBeFocused();
		await quiz.next();
	}
	await expect(quiz.summaryHeading).toBeFocused();
	await expect(quiz.score(total - 1)).toBeVisible();
	await quiz.goToQuestion(2);
	await expect(quiz.heading(2)).toBeVisible();
	await expect(quiz.page.getByText('Not this time. Here is the answer.')).toBeVisible();
	const module = await quiz.openModulePage();
	const row = module.sectionRow(first.title);
	await expect(row).toContainText('Finished');
	await expect(row).toContainText(`Score: ${total - 1} of ${total}`);
	await expect(module.whatYouKnow).toBeVisible();
	await expect(module.worthRevisiting).toBeVisible();
	await module.continueTo(sections[1]!.id);
});

test('each section shows its text word for word, sentences spaced as in the source', async ({
	page
}) => {
	for (const s of sections) {
		const section = new SectionPage(page, s.id);
		await page.goto(section.path);
		expect(await section.paragraphs(), s.id).toEqual(paragraphsOf(s.id));
	}
});

for (const [width, height] of [
	[390, 844],
	[320, 640]
] as const) {
	test(`at ${width}×${height} the text starts on the first screen, and a section not begun says how many questions`, async ({
		page,
		sectionPage: quiz
	}) => {
		await page.setViewportSize({ width, height });
		await quiz.goto();
		await expect(page.locator('article p').first()).toBeInViewport();
		// What kind of piece it is, and by whom, stays in view; the rest folds away.
		await expect(page.getByText(/^Opinion piece · Bill Van Auken/)).toBeInViewport();
		await expect(
			page.getByText(`${quiz.questions.length} questions`, { exact: true })
		).toBeVisible();
		await quiz.answerAndCheck(1, true);
		await expect(quiz.runningScore(1)).toBeVisible();
	});
}
