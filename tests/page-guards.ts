import { expect, type Page } from '@playwright/test';

/**
 * Records, from before any page script runs, every Content-Security-Policy violation, so a test
 * can assert there were none (or that an injection was one).
 */
export async function recordViolations(page: Page) {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.defineProperty(window, '__cspViolations', { value: seen });
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim())
		);
	});
	return () =>
		page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/** Every request the page makes whose origin is not the app's own. */
export function recordForeignRequests(page: Page, origin: string) {
	const foreign: string[] = [];
	page.context().on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== origin) foreign.push(r.url());
	});
	return foreign;
}

/**
 * Fails if the page holds anything hostile markup could have left behind: an inline event
 * handler, a javascript: URL, a frame, or a script that is not the app's own.
 */
export async function expectNoInjectedMarkup(page: Page) {
	const found = await page.evaluate(() => {
		const out: string[] = [];
		for (const el of document.querySelectorAll('*')) {
			for (const attr of el.attributes) {
				if (/^on/i.test(attr.name)) out.push(`${el.localName}[${attr.name}]`);
				if (/^\s*javascript:/i.test(attr.value)) out.push(`${el.localName}[${attr.name}=js]`);
			}
			if (el.localName === 'iframe') out.push('iframe');
			if (
				el.localName === 'script' &&
				!(el as HTMLScriptElement).src &&
				/alert/.test(el.textContent ?? '')
			)
				out.push('inline script');
		}
		return out;
	});
	expect(found).toEqual([]);
}
