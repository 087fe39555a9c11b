import { expect, test } from './fixtures';
import { choicesOf, optionsOf } from './module-data';
import { chooseInSelect, tabTo } from './keyboard-walk';
import { kindLabel, truthLabel } from './pages/answers';

test('a whole section can be finished with the keyboard alone', async ({
	page,
	sectionPage: quiz
}) => {
	// Ten questions, every key pressed one at a time: a long walk on a busy machine.
	test.setTimeout(90_000);
	await quiz.goto();
	for (const [i, q] of quiz.questions.entries()) {
		await expect(quiz.heading(i + 1)).toBeVisible();
		const card = quiz.card(i + 1);
		switch (q.type) {
			case 'single':
			case 'truth':
			case 'locate':
			case 'speaker':
			case 'relation': {
				const radios = card.getByRole('radio');
				const wanted =
					q.type === 'single'
						? optionsOf(q).find((o) => o.id === q.answer)!.text
						: q.type === 'truth'
							? truthLabel[q.answer as keyof typeof truthLabel]
							: choicesOf(q).find((c) => c.id === q.answer)!.text;
				// Options are shown in the module's shuffled order, so find the right one on screen.
				// The labels of the choices, in the order shown (a label holds its radio, so the radios
				// can be named only one at a time).
				const labels = (await card.locator('label.choice').allTextContents()).map((t) => t.trim());
				const at = labels.indexOf(wanted);
				expect(at).toBeGreaterThanOrEqual(0);
				await tabTo(page, radios.first());
				await page.keyboard.press('Space');
				for (let k = 0; k < at; k++) await page.keyboard.press('ArrowDown');
				await expect(radios.nth(at)).toBeChecked();
				break;
			}
			case 'multiple':
				for (const o of optionsOf(q)) {
					if (!(q.answer as string[]).includes(o.id)) continue;
					await tabTo(page, card.getByRole('checkbox', { name: o.text, exact: true }));
					await page.keyboard.press('Space');
				}
				break;
			case 'match':
				for (const p of q.pairs!) {
					await chooseInSelect(
						page,
						card.getByRole('combobox', { name: p.left, exact: true }),
						p.right
					);
				}
				break;
			case 'classify':
				for (const s of q.statements!) {
					await chooseInSelect(
						page,
						card.getByRole('combobox', { name: s.text, exact: true }),
						kindLabel[s.answer]
					);
				}
				break;
			case 'fill':
				await tabTo(page, card.getByRole('textbox', { name: 'Your answer' }));
				await page.keyboard.type(q.accept![0]!);
				break;
			case 'order': {
				const wanted = q.items!.map((it) => it.text);
				for (const [target, text] of wanted.entries()) {
					let at = (await quiz.orderTexts()).indexOf(text);
					if (at <= target) continue;
					await tabTo(page, quiz.inputs.moveUpButton(text));
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
	await expect(quiz.score(quiz.questions.length)).toBeVisible();
});
