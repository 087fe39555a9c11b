// The studio on the phone the other benchmarks emulate: a 1,500-word article pasted, to the
// first list of names suggested from it; the site's module grown to 100 questions and opened
// from a module file; and, in that module, one edit to its check results on screen.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const PASTE_WORDS = 1500;
export const STUDIO_QUESTIONS = 100;

const dir = new URL('../content/modules/iraq-crisis-2014/', import.meta.url);

/** The first module's paragraphs, headings left out, up to PASTE_WORDS words: what a teacher pastes. */
export function pastedArticle() {
	const paragraphs = readFileSync(new URL('article.md', dir), 'utf8')
		.split(/\n{2,}/)
		.map((p) => p.trim())
		.filter((p) => p && !p.startsWith('#'));
	const kept = [];
	let words = 0;
	for (const p of paragraphs) {
		if (words >= PASTE_WORDS) break;
		kept.push(p);
		words += p.split(/\s+/).length;
	}
	return { text: `# Iraq crisis\n\n${kept.join('\n\n')}`, words };
}

/** JSON with keys in a fixed order, as the app seals a module file (src/lib/module/canonical.ts). */
function canonical(value) {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}

/**
 * The first module as a sealed module file, its questions repeated (new ids, prompts told
 * apart) up to STUDIO_QUESTIONS. The app checks the seal, so a file made wrong here would be
 * refused and the bench would fail rather than measure something else.
 */
export function bigModuleFile() {
	const data = parse(readFileSync(new URL('module.yaml', dir), 'utf8'));
	const article = readFileSync(new URL('article.md', dir), 'utf8');
	const own = data.questions;
	const extra = Array.from({ length: STUDIO_QUESTIONS - own.length }, (_, i) => {
		const q = own[i % own.length];
		return { ...q, id: `${q.id}-again`, prompt: `${q.prompt} (asked again)` };
	});
	data.questions = [...own, ...extra];
	const body = { format: 'lectern-module', version: 1, article, data };
	const checksum = `sha256:${createHash('sha256').update(canonical(body)).digest('hex')}`;
	return JSON.stringify({ ...body, checksum });
}

// ---- In-page watchers (serialised by Playwright: they close over nothing) ----

/** Two frames after `done()` first holds, so that what it sees has been painted. */
function watchPaste() {
	const b = (window.__studio = {});
	const painted = (key) =>
		requestAnimationFrame(() => requestAnimationFrame(() => (b[key] = performance.now())));
	document.addEventListener(
		'click',
		(e) => {
			const text = e.target.closest('button')?.textContent.trim();
			if (text === 'Start from this text') b.pasted ??= performance.now();
			if (text === 'Suggest names from the text') b.asked ??= performance.now();
		},
		{ capture: true }
	);
	const observer = new MutationObserver(() => {
		const buttons = [...document.querySelectorAll('button')].map((x) => x.textContent.trim());
		if (b.pasted && !b.seen && buttons.includes('Suggest names from the text')) {
			b.seen = true;
			painted('draftShown');
		}
		if (document.querySelector('.suggestions li')) {
			observer.disconnect();
			painted('listed');
		}
	});
	observer.observe(document.body, { childList: true, subtree: true });
}

const checksText = () =>
	document.querySelector('section[aria-labelledby="checks-heading"]')?.textContent ?? '';

/** From the file chosen: the editor shown, then the checker's first list. */
function watchOpen() {
	const b = (window.__studio = {});
	const checksText = () =>
		document.querySelector('section[aria-labelledby="checks-heading"]')?.textContent ?? '';
	const painted = (key) =>
		requestAnimationFrame(() => requestAnimationFrame(() => (b[key] = performance.now())));
	document.addEventListener('change', () => (b.chosen ??= performance.now()), { capture: true });
	const observer = new MutationObserver(() => {
		const text = checksText();
		if (!b.seen && text) {
			b.seen = true;
			painted('editorShown');
		}
		if (text && !text.includes('Checking…') && /error|nothing to fix/.test(text)) {
			observer.disconnect();
			b.checksText = text;
			painted('checked');
		}
	});
	observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

/** From the edit's input event until the checks say something else, painted. */
function watchEdit(before) {
	const b = (window.__studio = { ...window.__studio });
	const checksText = () =>
		document.querySelector('section[aria-labelledby="checks-heading"]')?.textContent ?? '';
	document.addEventListener('input', () => (b.edited ??= performance.now()), { capture: true });
	const observer = new MutationObserver(() => {
		const text = checksText();
		if (text === before) return;
		observer.disconnect();
		b.checksText = text;
		requestAnimationFrame(() => requestAnimationFrame(() => (b.rechecked = performance.now())));
	});
	observer.observe(document.body, { childList: true, subtree: true, characterData: true });
}

const errorsIn = (text) => Number(/(\d+) errors?,/.exec(text)?.[1] ?? 0);

const result = (key) => (page) =>
	page.waitForFunction((k) => window.__studio?.[k] !== undefined && window.__studio, key, {
		polling: 100
	});

/** One run of each, in fresh contexts on the emulated phone. */
export async function measureStudio(browser, { origin, device, emulate }) {
	const onPhone = async (run) => {
		const context = await browser.newContext(device);
		context.setDefaultTimeout(120_000);
		try {
			const page = await context.newPage();
			await emulate(context, page);
			await page.goto(`${origin}/studio`, { waitUntil: 'networkidle' });
			return await run(page);
		} finally {
			await context.close();
		}
	};
	const paste = await onPhone(async (page) => {
		await page.evaluate(watchPaste);
		await page
			.getByRole('textbox', { name: 'Paste the article’s text' })
			.fill(pastedArticle().text);
		await page.getByRole('button', { name: 'Start from this text' }).click();
		await page.getByRole('button', { name: 'Suggest names from the text' }).click();
		const b = await (await result('listed')(page)).jsonValue();
		return {
			total: b.listed - b.pasted,
			draft: b.draftShown - b.pasted,
			suggest: b.listed - b.asked,
			found: await page.locator('.suggestions li').count()
		};
	});
	const big = await onPhone(async (page) => {
		await page.evaluate(watchOpen);
		await page.getByLabel('Or open a module file (.json)').setInputFiles({
			name: 'big.lectern.json',
			mimeType: 'application/json',
			buffer: Buffer.from(bigModuleFile())
		});
		const b = await (await result('checked')(page)).jsonValue();
		const questions = await page.getByRole('button', { name: /^Edit question \d+$/ }).count();
		if (questions !== STUDIO_QUESTIONS)
			throw new Error(`The studio lists ${questions} questions, not ${STUDIO_QUESTIONS}`);
		await page.evaluate(watchEdit, await page.evaluate(checksText));
		await page.getByLabel('Title', { exact: true }).fill('');
		const e = await (await result('rechecked')(page)).jsonValue();
		// The measure is of the checker's answer to this edit, not of some other change.
		if (errorsIn(e.checksText) !== errorsIn(b.checksText) + 1)
			throw new Error(`The cleared title did not add one error: "${e.checksText.slice(0, 200)}"`);
		return {
			editor: b.editorShown - b.chosen,
			checked: b.checked - b.chosen,
			edit: e.rechecked - e.edited
		};
	});
	return { ...paste, ...big };
}

/** The runs as a table: median [min–max] of each measure. */
export function studioTable(runs, { median, ms, table }) {
	const spread = (key) => {
		const xs = runs.map((r) => r[key]);
		return `${ms(median(xs))} [${ms(Math.min(...xs))}–${ms(Math.max(...xs))}]`;
	};
	const found = median(runs.map((r) => r.found));
	return table(
		['Measure', 'Median [min–max]'],
		[
			[
				`Paste ${PASTE_WORDS.toLocaleString('en')} words and press Start, then Suggest: to the first list of suggested names (${found} names)`,
				spread('total')
			],
			['… of which: Start pressed to the draft shown', spread('draft')],
			[
				'… of which: Suggest pressed to the list shown (the name finder loads then)',
				spread('suggest')
			],
			[`Open a module file of ${STUDIO_QUESTIONS} questions: to the draft shown`, spread('editor')],
			['… to the checker’s first results on screen', spread('checked')],
			['One edit (the title cleared) to the check results on screen', spread('edit')]
		]
	);
}
