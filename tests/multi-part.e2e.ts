import { expect, test } from './fixtures';
import { kindLabel } from './pages/answers';

test('a missed classify question marks each statement, and after the second miss gives each one’s answer under it', async ({
	page,
	sectionPage: quiz
}) => {
	await quiz.goto();
	await quiz.work({ to: 4 });
	const n = quiz.questions.findIndex((q) => q.type === 'classify') + 1;
	const statements = quiz.question(n).statements!;
	const [first, ...rest] = statements;
	const select = (text: string) => page.getByRole('combobox', { name: text, exact: true });
	const wrong = first!.answer === 'fact' ? 'opinion' : 'fact';

	// All right but the first statement.
	await quiz.answer(n, true);
	await select(first!.text).selectOption({ label: kindLabel[wrong] });
	await quiz.check();
	const parts = `${statements.length - 1} of ${statements.length} parts right.`;
	await expect(quiz.card(n).getByText(parts)).toBeVisible();
	await expect(quiz.status).toContainText(parts);
	await expect(select(first!.text)).toHaveAccessibleDescription(/Not right/);
	for (const s of rest) await expect(select(s.text)).toHaveAccessibleDescription(/(^|\s)Right$/);
	// The right answer is not given away before the second try.
	await expect(quiz.card(n).getByText(/^Right answer/)).toHaveCount(0);

	// A changed statement loses its mark: the mark was about the answer given.
	await select(first!.text).selectOption({ label: kindLabel[first!.answer] });
	await expect(select(first!.text)).not.toHaveAccessibleDescription(/Not right/);

	// The second miss: the wrong statement gets its right answer and its feedback under it.
	await select(first!.text).selectOption({ label: kindLabel[wrong] });
	await quiz.check();
	await expect(select(first!.text)).toHaveAccessibleDescription(
		new RegExp(`Not right Right answer: ${kindLabel[first!.answer]}`)
	);
	// The long explanation is folded, to keep the card to about one screen, and opens on demand.
	const explanation = quiz.card(n).getByText(quiz.question(n).explanation);
	await expect(explanation).toBeHidden();
	await quiz.card(n).getByText('Why', { exact: true }).click();
	await expect(explanation).toBeVisible();
});

test('on a phone, a match question shows the answer chosen for each row whole', async ({
	page,
	sectionPage: quiz
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await quiz.goto();
	const n = quiz.questions.findIndex((q) => q.type === 'match') + 1;
	await quiz.work({ to: n - 1 });
	const pairs = quiz.question(n).pairs!;
	const longest = [...pairs].sort((a, b) => b.right.length - a.right.length)[0]!;
	await page
		.getByRole('combobox', { name: pairs[0]!.left, exact: true })
		.selectOption({ label: longest.right });
	// The closed select cuts a long choice short; the card says it once more, whole.
	const whole = quiz.card(n).locator('p').filter({ hasText: longest.right });
	await expect(whole).toBeVisible();
	expect(await whole.evaluate((p) => p.scrollWidth <= p.clientWidth)).toBe(true);
});
