import { type Page } from '@playwright/test';
import { MODULE_ID } from '../module-data';

/** The glossary of the module's hard words. */
export class GlossaryPage {
	static readonly path = `/m/${MODULE_ID}/glossary`;
	readonly heading;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
	}

	async goto() {
		await this.page.goto(GlossaryPage.path);
	}
}
