import { expect, test } from './fixtures';
import { actorName, aftermath, events, glossary, places, source } from './module-data';
import { tabTo } from './keyboard-walk';
import { ReadingCards } from './pages/reading-cards';
import { SectionPage } from './pages/section-page';

const isPhone = () => test.info().project.name === 'phone';

test('an actor named in the text opens its card by keyboard, and the card leads to another mention', async ({
	page
}) => {
	await new SectionPage(page, 'offensive').goto();
	const cards = new ReadingCards(page);
	// Every mention of ISIS, whatever words the text uses for it.
	const mentions = cards.mentionsOf('isis');
	expect(await mentions.count()).toBeGreaterThan(1);

	await tabTo(page, mentions.first());
	await page.keyboard.press('Enter');
	const card = cards.actorCard('isis');
	await expect(card).toBeVisible();
	// The card takes the focus, so a screen reader announces it.
	await expect(card.getByRole('button', { name: 'Close' })).toBeFocused();
	await expect(card).toContainText('Armed group');
	await expect(card).toContainText(/is an offshoot of al-Qaeda/);

	// The card lists the other mentions in this section; following one goes to it.
	const links = card.getByRole('link', { name: /^Paragraph \d+: “.*ISIS.*”$/ });
	expect(await links.count()).toBeGreaterThan(1);
	const secondId = await mentions.nth(1).getAttribute('id');
	// Two mentions can share a paragraph, and so a link name: only its address tells them apart.
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
	const offensive = new SectionPage(page, 'offensive');
	await offensive.goto();
	const cards = new ReadingCards(page);
	await cards.open(cards.word('Al Qaeda').first());
	await cards
		.actorCard('al-qaeda')
		.getByRole('link', { name: /^Washington's reaction and Syria \(1 mention\)$/ })
		.click();
	await expect(page).toHaveURL(/\/washington-syria#m-/);
	await expect(new SectionPage(page, 'washington-syria').pageHeading).toBeVisible();
	// The card is closed on arrival, and the mention it pointed to is on screen.
	await expect(cards.anyCard).toHaveCount(0);
	const target = page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`);
	await expect(target).toBeInViewport();
	await expect(target).toHaveText(/Al Qaeda/);

	await offensive.goto();
	await cards.open(cards.word('Al Qaeda').first());
	const whosWho = await cards.openInWhosWho('al-qaeda');
	const entry = whosWho.entry(actorName('al-qaeda'));
	await expect(entry).toBeInViewport();
	await expect(entry).toContainText(/is an offshoot of al-Qaeda/);
});

test('a word in the text opens its glossary definition with a tap or a click', async ({ page }) => {
	await new SectionPage(page, 'army-collapse').goto();
	const cards = new ReadingCards(page);
	const quorum = glossary.find((g) => g.term === 'quorum')!;
	await cards.open(cards.word('quorum'), { tap: isPhone() });
	const card = cards.card('quorum');
	await expect(card).toBeVisible();
	await expect(card).toContainText(quorum.definition.replace(/\s+/g, ' ').trim());
	await cards.close(card);
});

test('the map shows every place in the region and lists what happened at the one chosen', async ({
	mapPage
}) => {
	await mapPage.goto();
	await expect(mapPage.map).toBeVisible();
	const inRegion = places.filter((p) => !['washington', 'new-york-city'].includes(p.id));
	for (const p of inRegion) await expect(mapPage.marker(p.name)).toBeVisible();
	await expect(mapPage.page.getByRole('heading', { name: 'Further away' })).toBeVisible();
	await expect(mapPage.page.getByRole('heading', { name: 'Washington', level: 3 })).toBeVisible();

	await mapPage.choose('Kirkuk');
	await expect(mapPage.page).toHaveURL(/#place-kirkuk$/);
	const entry = mapPage.entry('Kirkuk');
	await expect(entry).toBeInViewport();
	for (const e of events.filter((e) => e.places.includes('kirkuk'))) {
		await expect(entry.getByRole('link', { name: e.title })).toBeVisible();
	}
});

test('the timeline puts background dates before the events and says how each is reported', async ({
	timelinePage: timeline
}) => {
	await timeline.goto();
	await expect(timeline.items.first()).toContainText('Background');
	await expect(timeline.items.last()).toContainText(/Event \d+/);
	await expect(timeline.items.last()).not.toContainText('Background');
	const fall = timeline.event('fall-of-mosul');
	await expect(fall).toContainText('Reported as fact');
	await expect(timeline.event('quds-force-deployment')).toContainText('Unconfirmed report');
	// An inference of the author's, with no source, is neither a fact nor a report.
	await expect(timeline.event('former-officers-join')).toContainText("The author's own claim");
	await fall.getByRole('link', { name: /^Read the passage/ }).click();
	await expect(timeline.page).toHaveURL(/\/offensive#offensive-1-1$/);
});

test('who’s who says up front when a relation is only the author’s claim or an unconfirmed report', async ({
	actorsPage
}) => {
	await actorsPage.goto();
	const us = actorsPage.entry(actorName('united-states'));
	await expect(us.getByRole('listitem').filter({ hasText: 'backs Islamic State' })).toHaveText(
		/^The author claims that the United States backs Islamic State of Iraq/
	);
	const quds = actorsPage.entry(actorName('quds-force'));
	await expect(quds.getByRole('listitem').filter({ hasText: 'fights' })).toHaveText(
		/^Unconfirmed reports say that /
	);
	// What the article reports as fact reads as it did.
	const maliki = actorsPage.entry(actorName('maliki'));
	await expect(maliki.getByRole('listitem').filter({ hasText: 'leads' }).first()).toHaveText(
		/^Nouri al-Maliki leads /
	);
});

for (const how of ['tap', 'keyboard'] as const) {
	test(`a locate question is answered on the map by ${how}`, async ({ page }) => {
		const quiz = new SectionPage(page, 'offensive');
		const n = quiz.questions.findIndex((q) => q.type === 'locate') + 1;
		const right = places.find((p) => p.id === quiz.question(n).answer)!.name;
		await quiz.goto();
		await quiz.work({ to: n - 1 });
		await expect(quiz.heading(n)).toBeVisible();
		const form = quiz.card(n);
		await expect(form.getByRole('img', { name: 'Map' })).toBeVisible();
		const radio = form.getByRole('radio', { name: right, exact: true });
		if (how === 'tap') {
			// The map's markers are drawn shapes, named only by the text inside them.
			const marker = form.locator('svg .pick').filter({ hasText: right });
			if (isPhone()) await marker.tap();
			else await marker.click();
			await expect(radio).toBeChecked();
			await quiz.check();
		} else {
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
	const quiz = new SectionPage(page, 'neighbours');
	const n = quiz.questions.findIndex((q) => q.type === 'speaker') + 1;
	const q = quiz.question(n);
	await quiz.goto();
	await quiz.work({ to: n - 1 });
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
	modulePage
}) => {
	await modulePage.goto();
	const panel = modulePage.sourcePanel;
	await expect(panel).toContainText(source.author);
	for (const p of source.publishers) await expect(panel).toContainText(p.name);
	await expect(panel).toContainText('Opinion piece');
	await expect(panel.getByRole('heading', { name: 'Reading it critically' })).toBeVisible();

	const next = modulePage.whatHappenedNext;
	await expect(next).toContainText('Not part of the article');
	const facts = next.getByRole('listitem');
	await expect(facts).toHaveCount(aftermath.facts.length);
	await expect(facts.first()).toContainText(aftermath.facts[0]!.when);
});
