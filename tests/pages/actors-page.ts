import { type Page } from '@playwright/test';
import { MODULE_ID } from '../module-data';

/** Who's who: a region for each actor, with the relations the article states. */
export class ActorsPage {
	static readonly path = `/m/${MODULE_ID}/actors`;
	readonly heading;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
	}

	async goto() {
		await this.page.goto(ActorsPage.path);
	}

	entry(name: string) {
		return this.page.getByRole('region', { name });
	}
}
