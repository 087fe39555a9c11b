// The teacher's side under load, on the phone the other benchmarks emulate: a class's results
// files imported at once (30 and 200), and a class of 30 with a class list, from making the link
// to the dashboard naming who has not handed in.
import { classFiles, loadModule, sectionsWith } from './results-fixtures.mjs';

export const CLASS_SIZES = [30, 200];
export const QUESTIONS = 45;
export const ROSTER_SIZE = 30;
/** Of the roster class, how many hand in: the rest are the ones the dashboard must name. */
export const HANDED_IN = 27;

/**
 * In the page: the time runs from the file input's change event (the browser handing the app
 * the files; Playwright's own work to make them does not count) until the class table has a row
 * per student, and the list of who is missing names `missing` students, painted.
 */
function watchClassTable({ rows, missing }) {
	window.__chosen = new Promise((resolve) =>
		document.addEventListener('change', () => resolve(performance.now()), {
			capture: true,
			once: true
		})
	);
	window.__imported = new Promise((resolve) => {
		const done = () => {
			const table = [...document.querySelectorAll('table')].find(
				(t) => t.querySelector('caption')?.textContent?.trim() === 'Students'
			);
			const named = document.body.textContent?.includes(`Not handed in yet (${missing}):`);
			return table && table.querySelectorAll('tbody tr').length === rows && (!missing || named);
		};
		const observer = new MutationObserver(() => {
			if (!done()) return;
			observer.disconnect();
			// Two frames: the table is painted, not only in the DOM.
			requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
		});
		observer.observe(document.body, { childList: true, subtree: true });
	});
}

/** In the page: from the press of "Make the link" until its sheet is drawn, painted. */
function watchSheet() {
	window.__made = new Promise((resolve) => {
		let start;
		document.addEventListener('submit', () => (start = performance.now()), { capture: true });
		const observer = new MutationObserver(() => {
			if (start === undefined || !document.querySelector('#sheet-title')) return;
			observer.disconnect();
			requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
		});
		observer.observe(document.body, { childList: true, subtree: true });
	});
}

/** Chooses `files` on the dashboard of `page` and waits for the table: the milliseconds taken. */
async function importFiles(page, files, { missing = 0 } = {}) {
	await page.goto(`${page.__origin}/teacher`, { waitUntil: 'networkidle' });
	const picker = page.getByLabel('Results files');
	await page.evaluate(watchClassTable, { rows: files.length, missing });
	await picker.setInputFiles(
		files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) }))
	);
	const start = await page.evaluate(() => window.__chosen);
	const end = await page.evaluate(() => window.__imported);
	const imported = await page.getByText(/: imported\.$/).count();
	if (imported !== files.length)
		throw new Error(`Only ${imported} of ${files.length} files imported`);
	return end - start;
}

/** A fresh context (empty IndexedDB) on the emulated phone, closed after `run`. */
async function onPhone(browser, { origin, device, emulate }, run) {
	const context = await browser.newContext(device);
	context.setDefaultTimeout(120_000);
	try {
		const page = await context.newPage();
		page.__origin = origin;
		await emulate(context, page);
		return await run(page);
	} finally {
		await context.close();
	}
}

/** One run: `students` files of QUESTIONS questions imported at once. */
export function measureImport(browser, options, students) {
	const mod = loadModule();
	const files = classFiles(mod, sectionsWith(mod, QUESTIONS), students);
	return onPhone(browser, options, async (page) => ({
		students,
		ms: await importFiles(page, files),
		bytes: files.reduce((t, f) => t + f.text.length, 0)
	}));
}

/**
 * One run of the class with a list: the teacher pastes 30 names and makes the link on the Assign
 * page; 27 students hand in (files made in Node for the link's own code, each name picked from
 * the list); the teacher imports them, and the dashboard must name the other 3.
 */
export function measureRosterClass(browser, options) {
	const mod = loadModule();
	const names = Array.from(
		{ length: ROSTER_SIZE },
		(_, i) => `Pupil ${String(i + 1).padStart(2, '0')}`
	);
	return onPhone(browser, options, async (page) => {
		await page.goto(`${page.__origin}/assign`, { waitUntil: 'networkidle' });
		await page.evaluate(watchSheet);
		await page.getByRole('textbox', { name: 'Title of the assignment' }).fill('Benchmark class');
		await page.getByRole('textbox', { name: 'Class', exact: true }).fill('10B');
		await page.getByRole('textbox', { name: 'Class list (optional)' }).fill(names.join('\n'));
		await page.getByRole('button', { name: 'Make the link' }).click();
		const linkMs = await page.evaluate(() => window.__made);
		const link = await page.getByRole('textbox', { name: 'Link for your students' }).inputValue();
		const code = link.slice(link.indexOf('#') + 1);
		const files = classFiles(mod, mod.sections, HANDED_IN, { code, names });
		const importMs = await importFiles(page, files, { missing: ROSTER_SIZE - HANDED_IN });
		const shown = await page.getByText(/^Not handed in yet \(\d+\):/).textContent();
		const expected = names.slice(HANDED_IN).join(', ');
		if (!shown?.includes(expected)) throw new Error(`Missing students shown as "${shown}"`);
		return { linkMs, importMs, bytes: files.reduce((t, f) => t + f.text.length, 0) };
	});
}
