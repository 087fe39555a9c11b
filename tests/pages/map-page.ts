import { expect, type Page } from '@playwright/test';
import { MODULE_ID } from '../module-data';

/** The map of the places, and what happened at each. */
export class MapPage {
	static readonly path = `/m/${MODULE_ID}/map`;
	readonly heading;
	readonly map;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.map = page.getByRole('group', { name: /^Map of the places in / });
	}

	async goto(hash = '') {
		await this.page.goto(`${MapPage.path}${hash}`);
	}

	marker(name: string) {
		return this.map.getByRole('link', { name, exact: true });
	}

	/** The entry of a place below the map, found by its heading. */
	entry(name: string) {
		return this.page
			.getByRole('listitem')
			.filter({ has: this.page.getByRole('heading', { name, exact: true, level: 3 }) });
	}

	/** Chooses a place on the map; waits until the map marks it as the one chosen. */
	async choose(name: string) {
		await this.marker(name).click();
		await expect(this.marker(name)).toHaveAttribute('aria-current', 'location');
	}
}
