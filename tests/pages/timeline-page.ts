import { type Page } from '@playwright/test';
import { MODULE_ID, events } from '../module-data';

/** The timeline: background dates, then the article's events, each with how it is reported. */
export class TimelinePage {
	static readonly path = `/m/${MODULE_ID}/timeline`;
	readonly heading;
	readonly list;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.list = page.getByRole('list', { name: 'Timeline' });
	}

	async goto() {
		await this.page.goto(TimelinePage.path);
	}

	/** The timeline's own entries, not the lists of people inside them. */
	get items() {
		return this.list.locator(':scope > li');
	}

	/** The entry of an event, found by its title. */
	event(id: string) {
		const title = events.find((e) => e.id === id)!.title;
		return this.items.filter({ has: this.page.getByText(title, { exact: true }) });
	}
}
