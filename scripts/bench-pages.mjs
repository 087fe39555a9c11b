// Every other page type of the built site, loaded the way scripts/bench.mjs loads the home and
// section pages (same phone, same per-load machinery, handed in as `measure`), reported compactly.
import { readdirSync } from 'node:fs';
import { loadModule } from './results-fixtures.mjs';

const MODULE = 'iraq-crisis-2014';

/** What the student's page is opened with. The link carries it whole; see assignmentCode. */
export const ASSIGNMENT = {
	module: MODULE,
	sections: loadModule().sections,
	mode: 'immediate',
	passMark: 60,
	due: null,
	locked: false,
	title: 'Benchmark assignment',
	className: '10B'
};

/**
 * The part of an assignment link after `#`, as encodeAssignment in src/lib/assign/link.ts makes
 * it (format 1: base64url JSON with short keys, then an FNV-1a check of it in base 36). The bench
 * is plain Node and cannot import that TypeScript; checkAssignmentLink proves the copy still agrees.
 */
export function assignmentCode(a) {
	const payload = {
		m: a.module,
		s: a.sections,
		f: a.mode,
		p: a.passMark,
		d: a.due,
		l: a.locked,
		t: a.title.trim(),
		c: a.className.trim()
	};
	const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
	let h = 0x811c9dc5;
	for (let i = 0; i < body.length; i++) h = Math.imul(h ^ body.charCodeAt(i), 0x01000193);
	return `1.${body}.${(h >>> 0).toString(36)}`;
}

/** The pages measured here: every route of src/routes but the two that bench.mjs measures. */
export const OTHER_PAGES = [
	{ key: 'module', title: 'Module', route: '/m/[module]', path: `/m/${MODULE}` },
	{ key: 'actors', title: "Who's who", route: '/m/[module]/actors', path: `/m/${MODULE}/actors` },
	{
		key: 'timeline',
		title: 'Timeline',
		route: '/m/[module]/timeline',
		path: `/m/${MODULE}/timeline`
	},
	{ key: 'map', title: 'Map', route: '/m/[module]/map', path: `/m/${MODULE}/map` },
	{
		key: 'glossary',
		title: 'Glossary',
		route: '/m/[module]/glossary',
		path: `/m/${MODULE}/glossary`
	},
	{ key: 'assign', title: 'Assign (teacher)', route: '/assign', path: '/assign' },
	{
		key: 'a',
		title: "Assignment (student's, from a link)",
		route: '/a',
		path: `/a#${assignmentCode(ASSIGNMENT)}`
	},
	{ key: 'teacher', title: 'Teacher dashboard', route: '/teacher', path: '/teacher' },
	{ key: 'studio', title: 'Studio (teacher)', route: '/studio', path: '/studio' },
	{ key: 'settings', title: 'Settings', route: '/settings', path: '/settings' },
	{ key: 'review', title: 'Review', route: '/review', path: '/review' }
].map((p) => ({ ...p, textSelector: 'h1' }));

/** The routes of the two pages bench.mjs measures in detail. */
const DETAILED_ROUTES = { home: '/', section: '/m/[module]/[section]' };

/** Route ids with a page under src/routes ("/m/[module]/actors"), groups left out. */
function routes(dir = new URL('../src/routes/', import.meta.url), id = '') {
	const found = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.isFile() && entry.name === '+page.svelte') found.push(id || '/');
		if (!entry.isDirectory()) continue;
		const part = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
		found.push(...routes(new URL(`${entry.name}/`, dir), id + part));
	}
	return found;
}

/** Routes no page of the bench stands for: a page type added since this list was written. */
export function unmeasuredRoutes() {
	const measured = new Set([...Object.values(DETAILED_ROUTES), ...OTHER_PAGES.map((p) => p.route)]);
	return routes().filter((r) => !measured.has(r));
}

/**
 * The student's page reads the assignment from the link in the browser: before measuring it,
 * make sure it opens this one and not the "something is wrong with this link" page.
 */
export async function checkAssignmentLink(browser, origin) {
	const page = OTHER_PAGES.find((p) => p.key === 'a');
	const context = await browser.newContext();
	try {
		const tab = await context.newPage();
		await tab.goto(origin + page.path);
		const heading = tab.getByRole('heading', { level: 1, name: ASSIGNMENT.title, exact: true });
		await heading.waitFor({ timeout: 30_000 }).catch(async () => {
			const h1 = await tab
				.locator('h1')
				.first()
				.textContent({ timeout: 1000 })
				.catch(() => null);
			throw new Error(
				`/a did not open the bench's assignment (h1: ${JSON.stringify(h1)}): ` +
					'has the link format in src/lib/assign/link.ts changed? See assignmentCode.'
			);
		});
	} finally {
		await context.close();
	}
}

/** `runs` loads of each page, the pages taking turns; `measure(page)` is one cold load. */
export async function measurePages(runs, measure, { ms, kb }) {
	const results = Object.fromEntries(OTHER_PAGES.map((p) => [p.key, []]));
	for (let i = 1; i <= runs; i++) {
		for (const page of OTHER_PAGES) {
			const run = await measure(page);
			results[page.key].push(run);
			const lcp = run.lcp === null ? '–' : ms(run.lcp);
			console.log(`run ${i}/${runs} ${page.key}: JS ${kb(run.js)}, FCP ${ms(run.fcp)}, LCP ${lcp}`);
		}
	}
	return results;
}

/**
 * One row a page type: median FCP, LCP and JS in all. `detailed` are bench.mjs's pages with
 * their runs, shown first so that the table covers every page type.
 */
export function pagesTable(detailed, results, { median, ms, kb, table }) {
	const cell = (runs, field, format) => {
		const xs = runs.map((r) => r[field]).filter((x) => typeof x === 'number' && isFinite(x));
		return xs.length === 0 ? '–' : format(median(xs));
	};
	const row = (title, route, path, runs) => [
		title,
		`\`${route}\``,
		`\`${path.replace(/#.*/, '#…')}\``,
		cell(runs, 'fcp', ms),
		cell(runs, 'lcp', ms),
		cell(runs, 'js', kb)
	];
	const rows = [
		...detailed.map(({ page, runs }) =>
			row(`${page.title.replace(/ `.*/, '')} (above)`, DETAILED_ROUTES[page.key], page.path, runs)
		),
		...OTHER_PAGES.map((p) => row(p.title, p.route, p.path, results[p.key]))
	];
	return table(['Page', 'Route', 'Loaded', 'FCP', 'LCP', 'JS loaded in all (gzip)'], rows);
}
