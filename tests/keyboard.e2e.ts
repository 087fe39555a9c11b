import { expect, test, type Locator, type Page } from '@playwright/test';
import { choicesOf, optionsOf, sections } from './module-data';
import { QuizPage } from './quiz-page';

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 160; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('could not reach the control with Tab');
}

async function chooseInSelect(page: Page, select: Locator, label: string) {
	await tabTo(page, select);
	const labels = await select.locator('option').allTextContents();
	const current = await select.evaluate((el: HTMLSelectElement) => el.selectedIndex);
	const target = labels.indexOf(label);
	const key = target > current ? 'ArrowDown' : 'ArrowUp';
	for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
	await expect(select.locator('option:checked')).toHaveText(label);
}

test('a whole section can be finished with the keyboard alone', async ({ page }) => {
	// Ten questions, every key pressed one at a time: a long walk on a busy machine.
	test.setTimeout(90_000);
	const section = sections[0]!;
	const quiz = new QuizPage(page, section.id);
	await quiz.goto();
	for (const [i, q] of quiz.questions.entries()) {
		await expect(quiz.heading(i + 1)).toBeVisible();
		switch (q.type) {
			case 'single':
			case 'truth':
			case 'locate':
			case 'speaker':
			case 'relation': {
				const radios = page.getByRole('radio');
				const truth = { true: 'True', false: 'False', 'not-stated': 'Not stated in the article' };
				const wanted =
					q.type === 'single'
						? optionsOf(q).find((o) => o.id === q.answer)!.text
						: q.type === 'truth'
							? truth[q.answer as keyof typeof truth]
							: choicesOf(q).find((c) => c.id === q.answer)!.text;
				// Options are shown in the module's shuffled order, so find the right one on screen.
				const labels = (await page.locator('label.choice').allTextContents()).map((t) => t.trim());
				const target = labels.indexOf(wanted);
				expect(target).toBeGreaterThanOrEqual(0);
				await tabTo(page, radios.first());
				await page.keyboard.press('Space');
				for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
				await expect(radios.nth(target)).toBeChecked();
				break;
			}
			case 'multiple':
				for (const o of optionsOf(q)) {
					if (!(q.answer as string[]).includes(o.id)) continue;
					await tabTo(page, page.getByRole('checkbox', { name: o.text, exact: true }));
					await page.keyboard.press('Space');
				}
				break;
			case 'match':
				for (const p of q.pairs!) {
					await chooseInSelect(
						page,
						page.getByRole('combobox', { name: p.left, exact: true }),
						p.right
					);
				}
				break;
			case 'classify': {
				const label = { fact: 'Reported fact', claim: 'Quoted claim', opinion: "Author's opinion" };
				for (const s of q.statements!) {
					await chooseInSelect(
						page,
						page.getByRole('combobox', { name: s.text, exact: true }),
						label[s.answer]
					);
				}
				break;
			}
			case 'fill':
				await tabTo(page, page.getByRole('textbox', { name: 'Your answer' }));
				await page.keyboard.type(q.accept![0]!);
				break;
			case 'order': {
				const wanted = q.items!.map((it) => it.text);
				for (const [target, text] of wanted.entries()) {
					let at = (await quiz.orderTexts()).indexOf(text);
					if (at <= target) continue;
					await tabTo(page, page.getByRole('button', { name: `Move up: ${text}`, exact: true }));
					// Focus stays on the moved item, so Enter keeps moving it.
					for (; at > target; at--) await page.keyboard.press('Enter');
				}
				expect(await quiz.orderTexts()).toEqual(wanted);
				break;
			}
		}
		await tabTo(page, quiz.checkButton);
		await page.keyboard.press('Enter');
		await expect(quiz.status).toContainText('Correct. 1 point.');
		await expect(quiz.nextButton).toBeFocused();
		await page.keyboard.press('Enter');
	}
	await expect(quiz.summaryHeading).toBeFocused();
	const n = quiz.questions.length;
	await expect(page.getByText(`You scored ${n} out of ${n}.`)).toBeVisible();
});
