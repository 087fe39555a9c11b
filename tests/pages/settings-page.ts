import { expect, type Page } from '@playwright/test';

/** Reading settings: colours, text size, line spacing and font, kept on the device. */
export class SettingsPage {
	static readonly path = '/settings';
	readonly heading;
	readonly status;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1, name: 'Reading settings' });
		this.status = page.getByRole('status');
	}

	async goto() {
		await this.page.goto(SettingsPage.path);
	}

	/** An option of a setting: a string names it exactly. */
	option(group: string, option: string | RegExp) {
		const name = typeof option === 'string' ? { name: option, exact: true } : { name: option };
		return this.page.getByRole('group', { name: group }).getByRole('radio', name);
	}

	/** Chooses an option; waits until the page says it was kept. */
	async choose(group: string, option: string | RegExp) {
		await this.option(group, option).check();
		await expect(this.status).toHaveText('Saved on this device.');
	}

	async backToUsual() {
		await this.page.getByRole('button', { name: 'Back to the usual settings' }).click();
	}
}
