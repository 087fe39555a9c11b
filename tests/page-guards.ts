import { expect, type BrowserContext, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';

/** Every prerendered page of the build, as paths under build/ ("index.html", "m/x.html"). */
export const builtPages = () =>
	readdirSync('build', { recursive: true })
		.map(String)
		.filter((f) => f.endsWith('.html'))
		.sort();

/**
 * Records every Content-Security-Policy violation in any page of the context, across
 * navigations: each is reported to the test as it happens, from before any page script runs.
 */
export async function recordViolations(
	context: BrowserContext,
	seen: string[] = []
): Promise<string[]> {
	await context.exposeBinding('__reportViolation', ({ page }, v: string) =>
		seen.push(`${new URL(page.url()).pathname}: ${v}`)
	);
	await context.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
				`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`.trim()
			)
		)
	);
	return seen;
}

/** Every dialog any page of the context opened (each dismissed, so the page goes on). */
export function recordDialogs(page: Page): string[] {
	const opened: string[] = [];
	page.on('dialog', (d) => {
		opened.push(d.message());
		void d.dismiss();
	});
	return opened;
}

/** Every request the page makes whose origin is not the app's own. */
export function recordForeignRequests(
	context: BrowserContext,
	origin: string,
	foreign: string[] = []
) {
	context.on('request', (r) => {
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
				// Only an attribute the browser follows as a URL can run a javascript: one; text
				// attributes (an aria-label naming a student) may hold any words.
				const url = /^(href|src|action|formaction|xlink:href|data|poster|srcdoc)$/i.test(attr.name);
				if (url && /^\s*javascript:/i.test(attr.value))
					out.push(`${el.localName}[${attr.name}=js]`);
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
