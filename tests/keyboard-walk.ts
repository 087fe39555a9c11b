import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 160; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('could not reach the control with Tab');
}

/** Tabs to a select and moves its choice to `label` with the arrow keys. */
export async function chooseInSelect(page: Page, select: Locator, label: string) {
	await tabTo(page, select);
	const labels = await select.getByRole('option').allTextContents();
	const current = await select.evaluate((el: HTMLSelectElement) => el.selectedIndex);
	const target = labels.indexOf(label);
	const key = target > current ? 'ArrowDown' : 'ArrowUp';
	for (let i = 0; i < Math.abs(target - current); i++) await page.keyboard.press(key);
	await expect(select.getByRole('option', { selected: true })).toHaveText(label);
}
