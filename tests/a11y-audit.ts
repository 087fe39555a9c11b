import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails on any WCAG 2.2 AA violation axe finds in the page as it stands; `label` names it. */
export async function expectNoAxeViolations(page: Page, label = '') {
	const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
	expect(
		violations.map((v) => `${label}${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}

/** How far the page scrolls sideways: at most its width when nothing overflows. */
export const scrollWidth = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth);
