// The teacher's dashboard under load: a class of results files imported at once, on the phone
// the other benchmarks emulate, from choosing the files to the class table drawn in full.
import { classFiles, loadModule, sectionsWith } from './results-fixtures.mjs';

export const CLASS_SIZE = 200;
export const QUESTIONS = 45;

/**
 * In the page: the time runs from the file input's change event (the browser handing the app
 * the files; Playwright's own work to make them does not count) until the class table has a
 * row per student, painted.
 */
function watchClassTable(students) {
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
			return table && table.querySelectorAll('tbody tr').length === students;
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

/** One run in a fresh context (empty IndexedDB): the milliseconds the import and drawing took. */
export async function measureImport(browser, { origin, device, emulate }) {
	const mod = loadModule();
	const files = classFiles(mod, sectionsWith(mod, QUESTIONS), CLASS_SIZE);
	const context = await browser.newContext(device);
	context.setDefaultTimeout(120_000);
	try {
		const page = await context.newPage();
		await emulate(context, page);
		await page.goto(`${origin}/teacher`, { waitUntil: 'networkidle' });
		const picker = page.getByLabel('Results files');
		const payload = files.map((f) => ({
			name: f.name,
			mimeType: 'application/json',
			buffer: Buffer.from(f.text)
		}));
		await page.evaluate(watchClassTable, CLASS_SIZE);
		await picker.setInputFiles(payload);
		const start = await page.evaluate(() => window.__chosen);
		const end = await page.evaluate(() => window.__imported);
		const imported = await page.getByText(/: imported\.$/).count();
		if (imported !== CLASS_SIZE)
			throw new Error(`Only ${imported} of ${CLASS_SIZE} files imported`);
		return { ms: end - start, bytes: files.reduce((t, f) => t + f.text.length, 0) };
	} finally {
		await context.close();
	}
}
