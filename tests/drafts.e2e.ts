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
