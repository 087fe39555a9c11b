import { expect, test } from './fixtures';
import { MODULE_ID } from './module-data';

test('a tampered draft in the tab’s session is dropped, not checked as an answer', async ({
	page,
	sectionPage
}) => {
	const question = sectionPage.questions[0]!;
	// What a reload would bring back, but not of an answer's shape: a choice that is an object.
	await page.addInitScript(
		([key, id]) => {
			if (!sessionStorage.getItem('seeded')) {
				sessionStorage.setItem('seeded', '1');
				sessionStorage.setItem(key, JSON.stringify({ [id]: { type: 'single', choice: {} } }));
			}
		},
		[`lectern:drafts:${MODULE_ID}/${sectionPage.sectionId}/`, question.id] as const
	);
	await sectionPage.goto();
	await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
	await sectionPage.check();
	await expect(sectionPage.status).toHaveText('Give an answer before checking.');
});

test('after a reload, Check waits for the choice kept before it, even when that is slow to come back', async ({
	page,
	sectionPage
}) => {
	const question = sectionPage.questions[0]!;
	expect(question.type).toBe('single');
	await page.addInitScript(
		([key, id, choice]) => {
			if (!sessionStorage.getItem('seeded')) {
				sessionStorage.setItem('seeded', '1');
				sessionStorage.setItem(key, JSON.stringify({ [id]: { type: 'single', choice } }));
			}
		},
		[
			`lectern:drafts:${MODULE_ID}/${sectionPage.sectionId}/`,
			question.id,
			question.answer as string
		] as const
	);
	// A slow phone: every script comes late, the code that reads a kept choice back too.
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await page.goto(`/m/${MODULE_ID}/${sectionPage.sectionId}`);
	// The moment Check can be pressed, the kept choice is on screen: pressing it checks that.
	const onScreen = await page.waitForFunction(
		() => {
			const check = [...document.querySelectorAll('button')].find(
				(b) => b.textContent?.trim() === 'Check answer'
			);
			if (!check || check.disabled) return null;
			return { checked: document.querySelectorAll('input[type="radio"]:checked').length };
		},
		undefined,
		{ polling: 'raf', timeout: 20_000 }
	);
	expect(await onScreen.jsonValue()).toEqual({ checked: 1 });
	await sectionPage.check();
	await expect(sectionPage.status).toContainText('Correct');
});
