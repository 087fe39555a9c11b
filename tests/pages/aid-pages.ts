import { type Page } from '@playwright/test';
import { ActorsPage } from './actors-page';
import { GlossaryPage } from './glossary-page';
import { MapPage } from './map-page';
import { TimelinePage } from './timeline-page';

/** The reading aids, by the names the "Reading aids" navigation gives them. */
export const aidPages = {
	"Who's who": (page: Page) => new ActorsPage(page),
	Timeline: (page: Page) => new TimelinePage(page),
	Map: (page: Page) => new MapPage(page),
	Glossary: (page: Page) => new GlossaryPage(page)
};
export type AidName = keyof typeof aidPages;
export const aidNames = Object.keys(aidPages) as AidName[];

/** Follows a link in the "Reading aids" navigation; returns that aid's page. */
export async function openAid<A extends AidName>(page: Page, aid: A) {
	const nav = page.getByRole('navigation', { name: 'Reading aids' });
	// On a section page the aids are folded away under the byline, to leave room for the text.
	if (!(await nav.isVisible())) await page.getByText(/· source and reading aids$/).click();
	await nav.getByRole('link', { name: aid }).click();
	return aidPages[aid](page) as ReturnType<(typeof aidPages)[A]>;
}
