// Performance bench: loads the home page and a section page in headless Chromium emulating a
// mid-range phone on a slow network, prints medians against the budgets and rewrites
// docs/benchmarks.md; then every other page type, briefly (bench-pages.mjs), the teacher's
// import (bench-teacher.mjs) and Lighthouse (bench-lighthouse.mjs).
// Usage: node scripts/bench.mjs [--no-build] [--runs N] [--lighthouse-runs N] [--no-lighthouse]
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

import { lighthouseSection, runLighthouse, stopLighthouse } from './bench-lighthouse.mjs';
import { checkAssignmentLink, measurePages, pagesTable, unmeasuredRoutes } from './bench-pages.mjs';
import {
	CLASS_SIZES,
	HANDED_IN,
	QUESTIONS,
	ROSTER_SIZE,
	measureImport,
	measureRosterClass
} from './bench-teacher.mjs';

const PORT = 4180;
const ORIGIN = `http://localhost:${PORT}`;
const SECTION = '/m/iraq-crisis-2014/offensive';
const PAGES = [
	{ key: 'home', title: 'Home `/`', path: '/', textSelector: 'h1' },
	{ key: 'section', title: `Section \`${SECTION}\``, path: SECTION, textSelector: 'article p span' }
];
const PHONE = { deviceScaleFactor: 2.625, isMobile: true, hasTouch: true };
const DEVICE = { ...PHONE, viewport: { width: 412, height: 915 } };
const CPU_SLOWDOWN = 4;
const NETWORK = {
	offline: false,
	latency: 150,
	downloadThroughput: (1.6 * 1024 * 1024) / 8,
	uploadThroughput: (750 * 1024) / 8
};
const SETTLE_MS = 2000; // after network idle, so that lazily imported chunks are counted too
const KB = 1024;
const RETRIES = 3;
const LOAD_DEADLINE = 120_000; // a load (and, on the section page, its answer) that is stuck
const sleep = (t) => new Promise((resolve) => setTimeout(resolve, t));

// ---- In-page functions: Playwright serialises them, so they must not close over anything. ----

/** Runs before any page script, so the buffered observers see everything from navigation start. */
function observePage() {
	const bench = (window.__bench = { fcp: null, fcpPaint: null, lcp: null, firstScript: Infinity });
	const ran = (t) => (bench.firstScript = Math.min(bench.firstScript, t));
	const observe = (type, callback) => {
		if (!PerformanceObserver.supportedEntryTypes.includes(type)) return;
		const observer = new PerformanceObserver((list) => callback(list.getEntries()));
		observer.observe({ type, buffered: true });
	};
	observe('paint', (entries) => {
		const fcp = entries.find((e) => e.name === 'first-contentful-paint');
		// startTime is when the frame was presented; paintTime, when the main thread painted it.
		if (fcp) [bench.fcp, bench.fcpPaint] = [fcp.startTime, fcp.paintTime ?? fcp.startTime];
	});
	observe('largest-contentful-paint', (entries) => (bench.lcp = entries.at(-1).startTime));
	// When the first JS file ran. Long Animation Frames name every script over 5 ms in a frame over
	// 50 ms; Svelte's runtime registering itself on window.__svelte catches a shorter first frame.
	observe('long-animation-frame', (entries) => {
		for (const s of entries.flatMap((frame) => frame.scripts))
			if (/\.js([?#]|$)/.test(s.sourceURL)) ran(s.startTime);
	});
	let svelte;
	const set = (value) => void (ran(performance.now()), (svelte = value));
	Object.defineProperty(window, '__svelte', { configurable: true, get: () => svelte, set });
}

/** The Check button is disabled until hydration: when it is enabled, an answer can be checked. */
function checkEnabledAt() {
	const buttons = document.querySelectorAll('button');
	const check = [...buttons].find((b) => b.textContent.trim() === 'Check answer');
	return check && !check.disabled ? performance.now() : false;
}

/** Paint timings, every JS resource loaded so far, and the text that should be in the HTML. */
function pageState(textSelector) {
	const js = performance
		.getEntriesByType('resource')
		.filter((e) => new URL(e.name).pathname.endsWith('.js'))
		.map((e) => [e.name, e.encodedBodySize, e.decodedBodySize, e.responseEnd]);
	const text = document.querySelector(textSelector)?.textContent.trim() ?? '';
	const { fcp, fcpPaint, lcp, firstScript } = window.__bench;
	const ran = Number.isFinite(firstScript) ? firstScript : null;
	return { fcp, fcpPaint, lcp, firstScript: ran, js, text };
}

/** Timestamps the click on Check (capture phase, before the app's own handler) and the first
 * announcement in the status region, two frames later so that the feedback has been painted. */
function armFeedbackTimer() {
	const bench = window.__bench;
	const status = document.querySelector('[role="status"][aria-label="Answer feedback"]');
	const onClick = (event) => {
		if (event.target.closest('button[type="submit"]')) bench.checkAt ??= performance.now();
	};
	document.addEventListener('click', onClick, { capture: true });
	new MutationObserver((_, observer) => {
		if (!status.textContent.trim()) return;
		observer.disconnect();
		requestAnimationFrame(() =>
			requestAnimationFrame(() => (bench.feedbackAt = performance.now()))
		);
	}).observe(status, { childList: true, characterData: true, subtree: true });
}

function feedbackResult() {
	const { checkAt, feedbackAt } = window.__bench;
	if (feedbackAt === undefined) return false;
	const save = performance.getEntriesByName('lectern:save-attempt')[0];
	const status = document
		.querySelector('[role="status"][aria-label="Answer feedback"]')
		.textContent.trim();
	return { checkToFeedback: feedbackAt - checkAt, save: save?.duration ?? null, status };
}

// ---- The server ----

/** `vite preview` in its own process group, so that stopping it stops npx's children too. */
function previewServer() {
	let child = null;
	let output = '';
	const alive = () => child !== null && child.exitCode === null && child.signalCode === null;
	function stop() {
		try {
			if (alive()) process.kill(-child.pid, 'SIGTERM');
		} catch {
			// It has just exited by itself.
		}
	}
	async function start() {
		if (await responds()) throw new Error(`Port ${PORT} is already serving something`);
		const args = ['vite', 'preview', '--port', String(PORT), '--strictPort'];
		child = spawn('npx', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
		output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		for (let waited = 0; waited < 60_000; waited += 250) {
			if (!alive()) throw new Error(`vite preview exited:\n${output}`);
			if (await responds()) return;
			await sleep(250);
		}
		stop();
		throw new Error(`vite preview did not start:\n${output}`);
	}
	return { start, stop, alive };
}

const responds = () =>
	fetch(ORIGIN)
		.then((r) => r.ok)
		.catch(() => false);

// ---- One measured page load ----

async function emulatePhone(context, page, { cache = false } = {}) {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: !cache });
	await cdp.send('Network.emulateNetworkConditions', NETWORK);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** Our own gzip (zlib default level) of a file the server sent uncompressed. */
const gzipSize = async (url) => gzipSync(await (await fetch(url)).arrayBuffer()).length;

/** Svelte escapes & and < in text; either spelling means the text is in the HTML. */
const inHtml = (html, text) =>
	text !== '' &&
	(html.includes(text) || html.includes(text.replaceAll('&', '&amp;').replaceAll('<', '&lt;')));

async function measure(browser, target) {
	const context = await browser.newContext(DEVICE); // fresh: cold cache, empty IndexedDB
	context.setDefaultTimeout(30_000);
	try {
		return await deadline(measureIn(context, target), LOAD_DEADLINE);
	} finally {
		await deadline(context.close(), 30_000).catch((e) => console.warn(`Closing: ${e.message}`));
	}
}

async function measureIn(context, target) {
	await context.addInitScript(observePage);
	const page = await context.newPage();
	await emulatePhone(context, page);
	const quiz = target.key === 'section';
	const { html, checkReady } = await load(page, target.path, quiz);
	const state = await page.evaluate(pageState, target.textSelector);
	const run = await summarise(state, html, checkReady);
	return quiz ? { ...run, ...(await checkFirstAnswer(page)), ...(await openCard(page)) } : run;
}

/**
 * Rejects when `promise` has not settled in `ms`. Page scripts and CDP commands wait with no
 * timeout of their own, so a renderer that stops answering would otherwise stall the bench for
 * good (seen once, on a busy machine); closing the context then ends what is still waiting.
 */
function deadline(promise, ms) {
	let timer;
	const late = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no result in ${ms / 1000} s`)), ms);
	});
	return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * A second visit: the first one (not measured) let the service worker cache the site; the
 * second load is measured as the first is, plus the JS that still came over the network.
 */
async function measureWarm(browser, target) {
	const context = await browser.newContext(DEVICE);
	context.setDefaultTimeout(60_000);
	try {
		await context.addInitScript(observePage);
		const page = await context.newPage();
		await emulatePhone(context, page, { cache: true });
		await page.goto(ORIGIN + target.path, { waitUntil: 'networkidle' });
		await page.waitForFunction(() => navigator.serviceWorker?.controller != null);
		await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			while (registration.installing) await new Promise((r) => setTimeout(r, 100));
		});
		const quiz = target.key === 'section';
		const { html, checkReady } = await load(page, target.path, quiz);
		const state = await page.evaluate(pageState, target.textSelector);
		const run = await summarise(state, html, checkReady);
		return { ...run, network: await page.evaluate(jsLoaded) };
	} finally {
		await context.close();
	}
}

/** Loads a page until it settles; on the quiz page, also times when Check is enabled. */
async function load(page, path, quiz) {
	const response = await page.goto(ORIGIN + path, { waitUntil: 'commit' });
	// Poll from the start: the first frame that sees the button enabled is the measurement.
	const polling = quiz && page.waitForFunction(checkEnabledAt, null, { polling: 'raf' });
	if (polling) polling.catch(() => {}); // awaited below; stops an early failure being unhandled
	const html = await response.text();
	if (quiz && !/<button[^>]*\sdisabled[^>]*>\s*Check answer/.test(html))
		console.warn('Check answer is not disabled in the HTML: "can be checked" is not hydration.');
	const checkReady = polling ? await (await polling).jsonValue() : null;
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(SETTLE_MS);
	return { html, checkReady };
}

/** One run's figures, from the settled page's state. */
async function summarise(state, html, checkReady) {
	const files = await Promise.all(
		state.js.map(async ([url, encoded, decoded, end]) => ({
			url,
			end,
			// The actual transfer size where the server compressed the file, else our own gzip.
			bytes: encoded < decoded ? encoded : await gzipSize(url),
			beforeCheck: checkReady !== null && end <= checkReady
		}))
	);
	const firstJsEnd = Math.min(...files.map((f) => f.end));
	// Nothing runs before its file has arrived: without a script timing, that is the bound.
	const firstRun = state.firstScript ?? firstJsEnd;
	const textInHtml = inHtml(html, state.text);
	const run = {
		files,
		js: sum(files.map((f) => f.bytes)),
		fcp: state.fcp,
		fcpPaint: state.fcpPaint,
		lcp: state.lcp,
		firstJsEnd,
		firstRun,
		textInHtml,
		paintedFirst: textInHtml && state.fcpPaint < firstRun
	};
	if (checkReady === null) return run;
	const jsBeforeCheck = sum(files.filter((f) => f.beforeCheck).map((f) => f.bytes));
	return { ...run, checkReady, jsBeforeCheck };
}

/** JS bytes (as transferred) of the files the page has loaded so far. */
function jsLoaded() {
	return performance
		.getEntriesByType('resource')
		.filter((e) => /\.js([?#]|$)/.test(e.name))
		.reduce((total, e) => total + e.transferSize, 0);
}

/** Opens the card of the first actor named in the text; returns the JS that opening it loaded. */
async function openCard(page) {
	const before = await page.evaluate(jsLoaded);
	await page.locator('article button.mention').first().click();
	await page.getByRole('dialog').waitFor();
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(500);
	return { cardJs: (await page.evaluate(jsLoaded)) - before };
}

async function checkFirstAnswer(page) {
	await page.getByRole('radio').first().check(); // the first question is single-choice
	await page.evaluate(armFeedbackTimer);
	await page.getByRole('button', { name: 'Check answer' }).click();
	const done = await page.waitForFunction(feedbackResult, null, { polling: 'raf' });
	const result = await done.jsonValue();
	// Right or wrong, the feedback must say the answer was stored: the write is part of the time.
	if (!result.status.includes('Answer saved')) {
		throw new Error(`Unexpected feedback: "${result.status}"`);
	}
	return result;
}

/** Starts vite preview when it is not running. A rebuild by someone else can delete the output
 * under it or swap files mid-load, so a failure waits a little for that to end, and retries. */
async function measureWithRetry(browser, target, preview) {
	for (let attempt = 1; ; attempt++) {
		try {
			if (!preview.alive()) await preview.start();
			return await measure(browser, target);
		} catch (error) {
			if (attempt === RETRIES + 1) throw error;
			console.warn(`${target.path}: ${error.message.split('\n')[0]}; retrying in 20 s.`);
			await sleep(20_000);
		}
	}
}

// ---- Statistics and the report ----

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const ms = (t) => `${Math.round(t)} ms`;
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

/** "median [min–max]" of one field over the runs, or a dash where it does not apply. */
const stat = (field, format) => (runs) => {
	const xs = runs.map((r) => r[field]).filter((x) => typeof x === 'number' && Number.isFinite(x));
	if (xs.length === 0) return '–';
	return `${format(median(xs))} [${format(Math.min(...xs))}–${format(Math.max(...xs))}]`;
};
const painted = (runs) => {
	const yes = runs.filter((r) => r.paintedFirst).length;
	return `${yes === runs.length ? 'yes' : 'no'} (${yes}/${runs.length} runs)`;
};

const METRICS = [
	['JS loaded in all (gzip)', stat('js', kb)],
	['JS loaded when the first answer can be checked', stat('jsBeforeCheck', kb)],
	['First contentful paint (FCP)', stat('fcp', ms)],
	['FCP frame painted (main thread)', stat('fcpPaint', ms)],
	['Largest contentful paint', stat('lcp', ms)],
	['First JS file finished loading', stat('firstJsEnd', ms)],
	['First JS file ran', stat('firstRun', ms)],
	['Text painted before any JS ran', painted],
	['First answer can be checked', stat('checkReady', ms)],
	['Check → feedback painted', stat('checkToFeedback', ms)],
	['Write one attempt to IndexedDB', stat('save', ms)],
	['JS loaded to open an actor card in the text', stat('cardJs', kb)]
];

function table(head, rows) {
	const line = (cells) => `| ${cells.join(' | ')} |`;
	return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function resultsTable(results) {
	const rows = METRICS.map(([label, cell]) => [label, ...PAGES.map((p) => cell(results[p.key]))]);
	return table(['Metric', ...PAGES.map((p) => p.title)], rows);
}

function budgetsTable(section) {
	const before = median(section.map((r) => r.jsBeforeCheck));
	const all = median(section.map((r) => r.js));
	// Medians, as one noisy load can swap the order of two events this close together.
	const paintedAt = median(section.map((r) => r.fcpPaint));
	const ranAt = median(section.map((r) => r.firstRun));
	const textInHtml = section.every((r) => r.textInHtml);
	const yes = textInHtml ? 'yes' : 'no';
	const paint = `FCP painted ${ms(paintedAt)}, first JS ran ${ms(ranAt)}, text in HTML: ${yes}`;
	return table(
		['Budget', 'Measured (median)', 'Result'],
		[
			[
				'Section text painted before any script runs',
				paint,
				verdict(textInHtml && paintedAt < ranAt)
			],
			['≤ 80 KB JS before the first answer can be checked', kb(before), verdict(before <= 80 * KB)],
			['≤ 110 KB JS on the section page in all', kb(all), verdict(all <= 110 * KB)]
		]
	);
}

/** The files of the run with the median JS total, largest first. */
function filesTable(page, runs) {
	const run = [...runs].sort((a, b) => a.js - b.js)[runs.length >> 1];
	const quiz = page.key === 'section';
	const head = ['File', 'gzip', ...(quiz ? ['Loaded before Check enabled'] : [])];
	const files = [...run.files].sort((a, b) => b.bytes - a.bytes);
	const path = (f) => `\`${new URL(f.url).pathname}\``;
	const rows = files.map((f) => [
		path(f),
		`${f.bytes} B`,
		...(quiz ? [f.beforeCheck ? 'yes' : 'no'] : [])
	]);
	return `### ${page.title}\n\n${table(head, rows)}`;
}

function machine(browserVersion) {
	const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1];
	const system = /PRETTY_NAME="?([^"\n]*)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
	return [
		`- Date: ${new Date().toISOString()}`,
		`- CPU: ${cpu ?? os.cpus()[0]?.model}, ${os.cpus().length} cores`,
		`- Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
		`- Node ${process.version}, Chromium ${browserVersion}`,
		`- OS: ${system ?? os.type()}, kernel ${os.release()}`
	].join('\n');
}

/** The import runs: median and range of the time, and what was imported, for each class size. */
function importTable({ sizes, roster }) {
	const spread = (times) =>
		`${ms(median(times))} [${ms(Math.min(...times))}–${ms(Math.max(...times))}]`;
	const mb = (bytes) => (bytes / 1024 ** 2).toFixed(1);
	const rows = CLASS_SIZES.flatMap((n) => {
		const runs = sizes[n];
		const times = runs.map((r) => r.ms);
		return [
			[
				`Import ${n} results files of ${QUESTIONS} questions (${mb(runs[0].bytes)} MB) and draw the dashboard`,
				spread(times)
			],
			[`Per file, class of ${n}`, ms(median(times) / n)]
		];
	});
	rows.push(
		[
			`Class of ${ROSTER_SIZE} with a class list: make the link on the Assign page`,
			spread(roster.map((r) => r.linkMs))
		],
		[
			`… then import the ${HANDED_IN} files handed in (${mb(roster[0].bytes)} MB, every section) until the dashboard names the ${ROSTER_SIZE - HANDED_IN} missing`,
			spread(roster.map((r) => r.importMs))
		]
	);
	return table(['Measure', 'Median [min–max]'], rows);
}

/** Cold and warm visits side by side. */
function warmTable(cold, warm) {
	const cell = (runs, field, format) => format(median(runs.map((r) => r[field])));
	const rows = [
		['First contentful paint', 'fcp', ms],
		['First answer can be checked', 'checkReady', ms],
		['JS loaded in all (gzip)', 'js', kb]
	].map(([label, field, format]) => [
		label,
		...PAGES.flatMap((p) =>
			p.key === 'home' && field === 'checkReady'
				? ['–', '–']
				: [cell(cold[p.key], field, format), cell(warm[p.key], field, format)]
		)
	]);
	rows.push([
		'JS that came over the network',
		...PAGES.flatMap((p) => ['all of it', kb(median(warm[p.key].map((r) => r.network)))])
	]);
	const head = ['Median', ...PAGES.flatMap((p) => [`${p.title}: cold`, `${p.title}: warm`])];
	return table(head, rows);
}

/** Every page type, the two above first; and any route that no row stands for. */
function everyPageTable(results, pages) {
	const detailed = PAGES.map((page) => ({ page, runs: results[page.key] }));
	const rows = pagesTable(detailed, pages, FORMAT);
	const missed = unmeasuredRoutes();
	if (missed.length === 0) return rows;
	return `${rows}\n\nNot measured (a page type the bench does not know yet): ${missed.map((r) => `\`${r}\``).join(', ')}.`;
}

const FORMAT = { median, ms, kb, table };

const report = ({
	results,
	pages,
	warm,
	imports,
	lighthouse,
	runs,
	browserVersion,
	chromePath
}) => `# Benchmarks

Written by \`npm run bench\` (scripts/bench.mjs) on every run; do not edit by hand.

## What is measured, and how

\`vite preview\` serves the production build to headless Chromium emulating a mid-range phone:
412×915 viewport at device scale factor 2.625, mobile with touch, CPU slowed 4×, 150 ms latency,
1.6 Mbps down, 750 kbps up, cold cache (a new browser context per load, cache disabled). Each page
is loaded ${runs} times, the pages taking turns; figures are medians [min–max], times from navigation start.

- **JS loaded**: every \`.js\` file in resource timing once the network is idle + 2 s, sized as
  transferred where the server gzipped it, else gzipped here (zlib default level). 1 KB = 1024 B.
- **First answer can be checked**: when the Check answer button, disabled in the prerendered HTML,
  is enabled by hydration (polled every frame); its JS is the files loaded by then.
- **Check → feedback painted**: from the click on Check (first option of the first, single-choice
  question) to the verdict in the status region, plus two frames. It includes the IndexedDB write,
  which the app times alone as \`lectern:save-attempt\`.
- **JS loaded to open an actor card**: after the first answer, a click on the first actor named
  in the text, until the card is shown and the network is idle: what the reading aids add when
  they are opened. The cards are native popovers in the HTML, so this should be nothing.
- **Text painted before any JS ran**: the text is in the HTML response, and the FCP frame was
  painted (the entry's \`paintTime\`; FCP itself is when it was presented, a little later) before
  the first JS file ran: the earliest Long Animation Frames script timing, or Svelte's runtime
  registering itself, or failing both when the first JS file finished loading. The inline bootstrap,
  which only starts the imports, does not count.

## Results

${resultsTable(results)}

## Every page type

Every page type of the site (each route with a page under src/routes), loaded cold ${runs === 1 ? 'once' : `${runs} times`}
as above: the same phone and network, a new browser context each load, figures once the network
is idle + 2 s. The pages take turns; figures are medians of the runs. The student's assignment page
\`/a\` is opened with an assignment link, made as the Assign page makes it (all the module's
sections, immediate feedback); on a fresh device the dashboard and the review page have nothing
to show. The first two rows are the pages measured in detail above.

${everyPageTable(results, pages)}

## Second visits, with the service worker

Each run: a fresh context loads the page once, unmeasured, so that the service worker installs
and caches the site; the page is then loaded again with the HTTP cache on and measured the same
way. "JS that came over the network" is the JS files' \`transferSize\`: what the service worker
answered from its cache counts as nothing.

${warmTable(results, warm)}

## Budgets

${budgetsTable(results.section)}

## Teacher dashboard: a class imported at once

The same phone emulation (CPU slowed 4×; the files are local, so the network does not count), an
empty database each run. Classes of ${CLASS_SIZES.join(' and ')}: sealed results files of ${QUESTIONS} questions each (one
immediate-mode assignment of consecutive sections, made by scripts/results-fixtures.mjs with a
fixed seed, about 1.5 tries a question) are chosen in the file picker; the time runs from then
until the class table has a row for every student and two frames have passed. It covers reading,
checking (schema, SHA-256) and storing each file in its own transaction, then re-grading every
file and computing the item analysis and mastery tables. ${runs} runs of each.

The class with a list: on the Assign page the teacher pastes ${ROSTER_SIZE} names and makes the
link (timed from the press to the sheet drawn). ${HANDED_IN} students hand in, each file made
for that link's code under a name picked from the list; they are imported as above, and the time
runs until the table has ${HANDED_IN} rows and the dashboard names the ${ROSTER_SIZE - HANDED_IN} who have not handed in.

${importTable(imports)}

${lighthouseSection(lighthouse, { origin: ORIGIN, chromePath, ...FORMAT })}
## JS files (median run)

${PAGES.map((p) => filesTable(p, results[p.key])).join('\n\n')}

## Machine

${machine(browserVersion)}

The machine is shared and noisy, so single loads vary widely: that is why the figures are medians.
`;

// ---- Main ----

async function main() {
	const { values } = parseArgs({
		options: {
			'no-build': { type: 'boolean' },
			runs: { type: 'string', default: '5' },
			'lighthouse-runs': { type: 'string', default: '3' },
			'no-lighthouse': { type: 'boolean' }
		}
	});
	const count = (flag) => {
		const n = Number(values[flag]);
		if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag} must be a positive integer`);
		return n;
	};
	const runs = count('runs');
	const lighthouseRuns = count('lighthouse-runs');
	const executablePath = findChromium();
	if (!executablePath) throw new Error('No Chromium found: see scripts/chromium.mjs');
	if (!values['no-build'] && spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0)
		throw new Error('vite build failed');

	const preview = previewServer();
	process.once('SIGINT', () => (preview.stop(), stopLighthouse(), process.exit(130)));
	let browser;
	try {
		browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
		const results = { home: [], section: [] };
		for (let i = 1; i <= runs; i++) {
			for (const page of PAGES) {
				const run = await measureWithRetry(browser, page, preview);
				results[page.key].push(run);
				console.log(`run ${i}/${runs} ${page.key}: JS ${kb(run.js)}, FCP ${ms(run.fcp)}`);
			}
		}
		await checkAssignmentLink(browser, ORIGIN);
		const pages = await measurePages(
			runs,
			(page) => measureWithRetry(browser, page, preview),
			FORMAT
		);
		const warm = { home: [], section: [] };
		for (let i = 1; i <= runs; i++) {
			for (const page of PAGES) {
				const run = await measureWarm(browser, page);
				warm[page.key].push(run);
				console.log(
					`run ${i}/${runs} ${page.key} (warm): FCP ${ms(run.fcp)}, JS over the network ${kb(run.network)}`
				);
			}
		}
		const imports = { sizes: Object.fromEntries(CLASS_SIZES.map((n) => [n, []])), roster: [] };
		const phone = { origin: ORIGIN, device: DEVICE, emulate: emulatePhone };
		for (let i = 1; i <= runs; i++) {
			for (const n of CLASS_SIZES) {
				const run = await measureImport(browser, phone, n);
				imports.sizes[n].push(run);
				console.log(`run ${i}/${runs} teacher import of ${n}: ${ms(run.ms)}`);
			}
			const run = await measureRosterClass(browser, phone);
			imports.roster.push(run);
			console.log(
				`run ${i}/${runs} class of ${ROSTER_SIZE}: link ${ms(run.linkMs)}, import ${ms(run.importMs)}`
			);
		}
		const lighthouse = values['no-lighthouse']
			? { skipped: true }
			: await runLighthouse({
					origin: ORIGIN,
					chromePath: executablePath,
					runs: lighthouseRuns,
					ensureServer: async () => preview.alive() || (await preview.start())
				});
		const doc = report({
			results,
			pages,
			warm,
			imports,
			lighthouse,
			runs,
			browserVersion: browser.version(),
			chromePath: executablePath
		});
		writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), doc);
		const lighthouseText = lighthouseSection(lighthouse, {
			origin: ORIGIN,
			chromePath: executablePath,
			...FORMAT
		});
		console.log(
			`\n${resultsTable(results)}\n\n${everyPageTable(results, pages)}\n\n${warmTable(results, warm)}\n\n${budgetsTable(results.section)}\n\n${importTable(imports)}\n\n${lighthouseText}`
		);
		console.log('Wrote docs/benchmarks.md');
	} finally {
		await browser?.close();
		preview.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
