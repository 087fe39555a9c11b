import { expect, test, type Locator, type Page } from '@playwright/test';
import { MODULE_ID, actors, aftermath, events, glossary, places, source } from './module-data';
import { QuizPage } from './quiz-page';

async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 160; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('could not reach the control with Tab');
}

const actorName = (id: string) => actors.find((a) => a.id === id)!.name;

test('an actor named in the text opens its card by keyboard, and the card leads to another mention', async ({
	page
}) => {
	await page.goto(`/m/${MODULE_ID}/offensive`);
	const article = page.getByRole('article');
	// Every mention of ISIS, whatever words the text uses for it.
	const mentions = article.locator('button[popovertarget="card-actor-isis"]');
	expect(await mentions.count()).toBeGreaterThan(1);

	await tabTo(page, mentions.first());
	await page.keyboard.press('Enter');
	const card = page.getByRole('dialog', { name: actorName('isis') });
	await expect(card).toBeVisible();
	// The card takes the focus, so a screen reader announces it.
	await expect(card.getByRole('button', { name: 'Close' })).toBeFocused();
	await expect(card).toContainText('Armed group');
	await expect(card).toContainText(/is an offshoot of al-Qaeda/);

	// The card lists the other mentions in this section; following one goes to it.
	const links = card.getByRole('link', { name: /^Paragraph \d+: “.*ISIS.*”$/ });
	expect(await links.count()).toBeGreaterThan(1);
	const secondId = await mentions.nth(1).getAttribute('id');
	await tabTo(page, card.locator(`a[href="#${secondId}"]`));
	await page.keyboard.press('Enter');
	await expect(card).toBeHidden();
	await expect(mentions.nth(1)).toBeFocused();

	// Escape closes a card and gives the focus back to the mention that opened it.
	await page.keyboard.press('Enter');
	await expect(card).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(card).toBeHidden();
	await expect(mentions.nth(1)).toBeFocused();
});

test('a card follows an actor into other sections and to the who’s who page', async ({ page }) => {
	await page.goto(`/m/${MODULE_ID}/offensive`);
	await page
		.getByRole('article')
		.getByRole('button', { name: 'Al Qaeda', exact: true })
		.first()
		.click();
	const card = page.getByRole('dialog', { name: actorName('al-qaeda') });
	await card.getByRole('link', { name: /^Washington's reaction and Syria \(1 mention\)$/ }).click();
	await expect(page).toHaveURL(/\/washington-syria#m-/);
	await expect(
		page.getByRole('heading', { level: 1, name: "Washington's reaction and Syria" })
	).toBeVisible();
	// The card is closed on arrival, and the mention it pointed to is on screen.
	await expect(page.getByRole('dialog')).toHaveCount(0);
	const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
	await expect(target).toBeInViewport();
	await expect(target).toHaveText(/Al Qaeda/);

	await page.goto(`/m/${MODULE_ID}/offensive`);
	await page
		.getByRole('article')
		.getByRole('button', { name: 'Al Qaeda', exact: true })
		.first()
		.click();
	await page.getByRole('link', { name: `${actorName('al-qaeda')} in Who's who` }).click();
	const entry = page.getByRole('region', { name: actorName('al-qaeda') });
	await expect(entry).toBeInViewport();
	await expect(entry).toContainText(/is an offshoot of al-Qaeda/);
});

test('a word in the text opens its glossary definition with a tap or a click', async ({ page }) => {
	await page.goto(`/m/${MODULE_ID}/army-collapse`);
	const quorum = glossary.find((g) => g.term === 'quorum')!;
	const word = page.getByRole('article').getByRole('button', { name: 'quorum', exact: true });
	if (test.info().project.name === 'phone') await word.tap();
	else await word.click();
	const card = page.getByRole('dialog', { name: 'quorum' });
	await expect(card).toBeVisible();
	await expect(card).toContainText(quorum.definition.replace(/\s+/g, ' ').trim());
	await card.getByRole('button', { name: 'Close' }).click();
	await expect(card).toBeHidden();
});

test('the map shows every place in the region and lists what happened at the one chosen', async ({
	page
}) => {
	await page.goto(`/m/${MODULE_ID}/map`);
	const map = page.getByRole('group', { name: /^Map of the places in / });
	await expect(map).toBeVisible();
	const inRegion = places.filter((p) => !['washington', 'new-york-city'].includes(p.id));
	for (const p of inRegion) {
		await expect(map.getByRole('link', { name: p.name, exact: true })).toBeVisible();
	}
	await expect(page.getByRole('heading', { name: 'Further away' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Washington', level: 3 })).toBeVisible();

	await map.getByRole('link', { name: 'Kirkuk', exact: true }).click();
	await expect(page).toHaveURL(/#place-kirkuk$/);
	await expect(map.getByRole('link', { name: 'Kirkuk', exact: true })).toHaveAttribute(
		'aria-current',
		'location'
	);
	const entry = page.locator('#place-kirkuk');
	await expect(entry).toBeInViewport();
	for (const e of events.filter((e) => e.places.includes('kirkuk'))) {
		await expect(entry.getByRole('link', { name: e.title })).toBeVisible();
	}
});

test('the timeline puts background dates before the events and says how each is reported', async ({
	page
}) => {
	await page.goto(`/m/${MODULE_ID}/timeline`);
	const items = page.getByRole('list', { name: 'Timeline' }).locator(':scope > li');
	await expect(items.first()).toContainText('Background');
	await expect(items.last()).toContainText(/Event \d+/);
	await expect(items.last()).not.toContainText('Background');
	const fall = page.locator('#event-fall-of-mosul');
	await expect(fall).toContainText('Reported as fact');
	await expect(page.locator('#event-quds-force-deployment')).toContainText('Unconfirmed report');
	await fall.getByRole('link', { name: /^Read the passage/ }).click();
	await expect(page).toHaveURL(/\/offensive#offensive-1-1$/);
});

for (const how of ['tap', 'keyboard'] as const) {
	test(`a locate question is answered on the map by ${how}`, async ({ page }) => {
		const quiz = new QuizPage(page, 'offensive');
		const n = quiz.questions.findIndex((q) => q.type === 'locate') + 1;
		const q = quiz.questions[n - 1]!;
		const right = places.find((p) => p.id === q.answer)!.name;
		await quiz.goto();
		for (let i = 1; i < n; i++) {
			await quiz.answerAndCheck(i, true);
			await quiz.nextButton.click();
		}
		await expect(quiz.heading(n)).toBeVisible();
		const form = page.locator('form').filter({ has: quiz.heading(n) });
		await expect(form.getByRole('img', { name: 'Map' })).toBeVisible();
		if (how === 'tap') {
			const marker = form.locator('svg .pick').filter({ hasText: right });
			if (test.info().project.name === 'phone') await marker.tap();
			else await marker.click();
			await expect(form.getByRole('radio', { name: right, exact: true })).toBeChecked();
			await quiz.check();
		} else {
			const radio = form.getByRole('radio', { name: right, exact: true });
			await tabTo(page, form.getByRole('radio').first());
			await page.keyboard.press('Space');
			for (let k = 0; k < 8 && !(await radio.isChecked()); k++)
				await page.keyboard.press('ArrowDown');
			await expect(radio).toBeChecked();
			await tabTo(page, quiz.checkButton);
			await page.keyboard.press('Enter');
		}
		await expect(quiz.status).toContainText('Correct. 1 point.');
		await expect(quiz.status).toContainText('Answer saved on this device.');
	});
}

test('who said it shows the quotation and names the speaker among the actors', async ({ page }) => {
	const quiz = new QuizPage(page, 'neighbours');
	const n = quiz.questions.findIndex((q) => q.type === 'speaker') + 1;
	const q = quiz.questions[n - 1]!;
	await quiz.goto();
	for (let i = 1; i < n; i++) {
		await quiz.answerAndCheck(i, true);
		await quiz.nextButton.click();
	}
	await expect(page.getByText(`“${q.quote}”`)).toBeVisible();
	await quiz.answer(n, false);
	await quiz.check();
	await expect(quiz.status).toContainText('Not quite.');
	await quiz.answer(n, true);
	await quiz.check();
	await expect(quiz.status).toContainText('Correct at the second try.');
	await expect(page.getByText(q.explanation.replace(/\s+/g, ' ').trim())).toBeVisible();
});

test('the module page shows its source and perspective, and a dated note on what happened next', async ({
	page
}) => {
	await page.goto(`/m/${MODULE_ID}`);
	const panel = page.getByRole('region', { name: 'Source and perspective' });
	await expect(panel).toContainText(source.author);
	for (const p of source.publishers) await expect(panel).toContainText(p.name);
	await expect(panel).toContainText('Opinion piece');
	await expect(panel.getByRole('heading', { name: 'Reading it critically' })).toBeVisible();

	const next = page.getByRole('region', { name: 'What happened next' });
	await expect(next).toContainText('Not part of the article');
	const facts = next.getByRole('listitem');
	await expect(facts).toHaveCount(aftermath.facts.length);
	await expect(facts.first()).toContainText(aftermath.facts[0]!.when);
});
