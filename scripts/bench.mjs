// Performance bench: loads the home page and a section page in headless Chromium emulating a
// mid-range phone on a slow network, prints medians against the budgets and rewrites
// docs/benchmarks.md; then every other page type, briefly (bench-pages.mjs), the teacher's
// import (bench-teacher.mjs), the studio (bench-studio.mjs) and Lighthouse (bench-lighthouse.mjs).
// Usage: node scripts/bench.mjs [--no-build] [--runs N] [--lighthouse-runs N] [--no-lighthouse]
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

import { CPU_SLOWDOWN, DEVICE, NETWORK, ORIGIN, PAGES, PORT } from './bench-config.mjs';
import { runLighthouse, stopLighthouse } from './bench-lighthouse.mjs';
import { checkAssignmentLink, measurePages } from './bench-pages.mjs';
import { FORMAT, kb, ms, report, sum, summary } from './bench-report.mjs';
import { measureStudio } from './bench-studio.mjs';
import { CLASS_SIZES, ROSTER_SIZE, measureImport, measureRosterClass } from './bench-teacher.mjs';

const SETTLE_MS = 2000; // after network idle, so that lazily imported chunks are counted too
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
		const studio = [];
		for (let i = 1; i <= runs; i++) {
			const run = await measureStudio(browser, phone);
			studio.push(run);
			console.log(
				`run ${i}/${runs} studio: paste to suggestions ${ms(run.total)}, open ${ms(run.checked)}, edit ${ms(run.edit)}`
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
			studio,
			lighthouse,
			runs,
			browserVersion: browser.version(),
			chromePath: executablePath
		});
		writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), doc);
		console.log(
			`\n${summary({ results, pages, warm, imports, studio, lighthouse, chromePath: executablePath })}`
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
