// Lighthouse on a few pages, served by the bench's own `vite preview`. Lighthouse is fetched by
// npx (it is far too big to be a dependency); when it cannot be fetched or run, the bench goes on
// and the report says why, with no scores.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS } from './chromium.mjs';

export const LIGHTHOUSE = 'lighthouse@12.8';
export const LIGHTHOUSE_PAGES = [
	{ key: 'home', title: 'Home', path: '/' },
	{ key: 'section', title: 'Section', path: '/m/iraq-crisis-2014/offensive' },
	{ key: 'teacher', title: 'Teacher dashboard', path: '/teacher' }
];
/** Lighthouse's own Chromium is started with the flags the bench's is (see chromium.mjs). */
const CHROME_FLAGS = CHROMIUM_ARGS.join(' ');
const OPTIONS = ['--only-categories=performance,accessibility', '--output=json'];
/** The first `npx -y` downloads Lighthouse (about 190 MB): it can take minutes. */
const FETCH_TIMEOUT = 10 * 60_000;
const RUN_TIMEOUT = 3 * 60_000;

let running = null;

/**
 * Stops the Lighthouse run in progress. Lighthouse's Chromium runs in a process group of its own,
 * which chrome-launcher kills on SIGINT: SIGKILL is for a Lighthouse that ignores it.
 */
export function stopLighthouse(signal = 'SIGINT') {
	try {
		if (running) process.kill(-running.pid, signal);
	} catch {
		// It has just exited by itself.
	}
}

/** `npx -y lighthouse@12.8 ...args` in a process group of its own, stopped as one. */
function npx(args, { env = {}, timeout }) {
	return new Promise((resolve) => {
		const child = spawn('npx', ['-y', LIGHTHOUSE, ...args], {
			detached: true,
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		running = child;
		let stdout = '';
		let stderr = '';
		let timedOut = false;
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-20_000)));
		let kill;
		const timer = setTimeout(() => {
			timedOut = true;
			stopLighthouse();
			kill = setTimeout(() => stopLighthouse('SIGKILL'), 10_000);
		}, timeout);
		const done = (result) => {
			clearTimeout(timer);
			clearTimeout(kill);
			running = null;
			resolve({ stdout, stderr, timedOut, ...result });
		};
		child.on('error', (error) => done({ code: null, error }));
		child.on('close', (code, signal) => done({ code, signal }));
	});
}

/** One line saying why a command failed: its last words on stderr, or how it ended. */
function why(result, command, timeout) {
	if (result.error) return `\`${command}\` could not be started: ${result.error.message}`;
	if (result.timedOut) return `\`${command}\` did not finish within ${timeout / 1000} s`;
	const lines = result.stderr
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => l && !/LH:status|LH:ChromeLauncher/.test(l));
	const said = lines.slice(-3).join(' / ').slice(-600) || 'nothing on stderr';
	return `\`${command}\` exited with ${result.code ?? result.signal}: ${said}`;
}

/** Fetches Lighthouse into npx's cache, once, before the runs: its version, or why not. */
async function fetchLighthouse() {
	const result = await npx(['--version'], { timeout: FETCH_TIMEOUT });
	const version = result.stdout.trim();
	if (result.code === 0 && /^\d+\.\d+\.\d+$/.test(version)) return { version };
	return { error: why(result, `npx -y ${LIGHTHOUSE} --version`, FETCH_TIMEOUT) };
}

/** One Lighthouse run: scores and metrics, or an Error saying why there are none. */
async function runOnce(url, chromePath, output) {
	const args = [url, `--chrome-flags=${CHROME_FLAGS}`, ...OPTIONS, `--output-path=${output}`];
	rmSync(output, { force: true });
	const result = await npx(args, { env: { CHROME_PATH: chromePath }, timeout: RUN_TIMEOUT });
	// A run that failed in the page still writes its report, with the reason in runtimeError.
	const lhr = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')) : null;
	if (lhr?.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
	if (result.code !== 0 || !lhr)
		throw new Error(why(result, `npx -y ${LIGHTHOUSE} ${url} ...`, RUN_TIMEOUT));
	const score = (id) => lhr.categories[id]?.score ?? null; // null: Lighthouse could not score it
	const value = (id) => lhr.audits[id]?.numericValue ?? null;
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		lcp: value('largest-contentful-paint'),
		tbt: value('total-blocking-time'),
		cls: value('cumulative-layout-shift'),
		warnings: lhr.runWarnings ?? [],
		how: {
			version: lhr.lighthouseVersion,
			settings: lhr.configSettings,
			userAgent: lhr.environment?.hostUserAgent,
			benchmarkIndex: lhr.environment?.benchmarkIndex
		}
	};
}

/**
 * `runs` Lighthouse runs of each page, the pages taking turns. `ensureServer` is awaited before
 * each run (it restarts vite preview if it has died). Returns { ran: false, reason } when
 * Lighthouse could not be fetched or no run succeeded.
 */
export async function runLighthouse({ origin, chromePath, runs, ensureServer }) {
	console.log(`Fetching ${LIGHTHOUSE} with npx (the first time can take minutes)...`);
	const fetched = await fetchLighthouse();
	if (fetched.error) {
		console.warn(`Lighthouse will not run: ${fetched.error}`);
		return { ran: false, reason: fetched.error };
	}
	const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-lighthouse-'));
	const pages = Object.fromEntries(LIGHTHOUSE_PAGES.map((p) => [p.key, { runs: [], errors: [] }]));
	try {
		for (let i = 1; i <= runs; i++) {
			for (const page of LIGHTHOUSE_PAGES) {
				await ensureServer();
				try {
					const run = await runOnce(origin + page.path, chromePath, path.join(dir, 'lhr.json'));
					pages[page.key].runs.push(run);
					const perf = run.performance === null ? '–' : Math.round(run.performance * 100);
					console.log(`run ${i}/${runs} ${page.key} (Lighthouse): performance ${perf}`);
				} catch (error) {
					pages[page.key].errors.push(error.message);
					console.warn(`run ${i}/${runs} ${page.key} (Lighthouse) failed: ${error.message}`);
				}
			}
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	const done = Object.values(pages).flatMap((p) => p.runs);
	if (done.length === 0) {
		const first = Object.values(pages).flatMap((p) => p.errors)[0];
		return { ran: false, reason: `every run failed; the first: ${first}` };
	}
	return { ran: true, runs, pages, how: done[0].how };
}

/** The command of one run, as the report shows it. */
const commandLine = (chromePath, origin) =>
	[
		`CHROME_PATH=${chromePath} npx -y ${LIGHTHOUSE} ${origin}/ \\`,
		`  --chrome-flags="${CHROME_FLAGS}" \\`,
		`  ${OPTIONS.join(' ')} --output-path=<temporary file>`
	].join('\n');

/** How Lighthouse emulated the phone and throttled, as its own report states it. */
function settingsText({ settings: s, userAgent, benchmarkIndex }) {
	const t = s.throttling;
	const screen = s.screenEmulation;
	const throttling =
		s.throttlingMethod === 'simulate'
			? `\`simulate\` (Lantern): the page is loaded unthrottled and the metrics are simulated ` +
				`for ${t.rttMs} ms RTT, ${t.throughputKbps} kbps down and a CPU ${t.cpuSlowdownMultiplier}× slower`
			: `\`${s.throttlingMethod}\`: ${JSON.stringify(t)}`;
	const chrome = /HeadlessChrome\/(\d+)/.exec(userAgent ?? '')?.[1];
	return [
		`- Form factor \`${s.formFactor}\`, screen ${screen.width}×${screen.height} at device scale ` +
			`factor ${screen.deviceScaleFactor}${screen.mobile ? ', mobile' : ''}; user agent ` +
			`\`${s.emulatedUserAgent}\`.`,
		`- Throttling method ${throttling}.`,
		s.disableStorageReset
			? '- Storage is not reset between runs.'
			: '- Storage is reset before each run: a cold load, with no HTTP cache and no service worker.',
		`- Browser: the bench's Chromium${chrome ? ` (HeadlessChrome ${chrome})` : ''}, started by ` +
			`Lighthouse; its benchmarkIndex of this machine: ${benchmarkIndex ?? 'not given'}.`
	].join('\n');
}

/** The report's Lighthouse section, scores or the reason there are none. */
export function lighthouseSection(result, { origin, chromePath, median, ms, table }) {
	const title = '## Lighthouse\n\n';
	if (result.skipped)
		return `${title}Lighthouse did not run: the bench was run with \`--no-lighthouse\`.\n`;
	if (!result.ran)
		return `${title}**Lighthouse did not run**, so there are no scores: ${result.reason}\n`;
	const cell = (runs, field, format) => {
		const xs = runs.map((r) => r[field]).filter((x) => typeof x === 'number');
		return xs.length === 0 ? '–' : format(median(xs));
	};
	const score = (x) => String(Math.round(x * 100));
	const rows = LIGHTHOUSE_PAGES.map((p) => {
		const { runs, errors } = result.pages[p.key];
		return [
			`${p.title} \`${p.path}\``,
			cell(runs, 'performance', score),
			cell(runs, 'accessibility', score),
			cell(runs, 'lcp', ms),
			cell(runs, 'tbt', ms),
			cell(runs, 'cls', (x) => x.toFixed(3)),
			errors.length ? `${runs.length} of ${result.runs}` : String(runs.length)
		];
	});
	const failures = LIGHTHOUSE_PAGES.flatMap((p) =>
		result.pages[p.key].errors.map((e) => `- ${p.title}: ${e}`)
	);
	const warnings = [
		...new Set(LIGHTHOUSE_PAGES.flatMap((p) => result.pages[p.key].runs.flatMap((r) => r.warnings)))
	].map((w) => `- ${w}`);
	const times = result.runs === 1 ? 'once' : `${result.runs} times`;
	return `${title}Lighthouse ${result.how.version}, fetched by npx (not a dependency of the project), run
${times} on each page (\`--lighthouse-runs N\`, 3 by default; \`--no-lighthouse\` skips it), the
pages taking turns, against the same \`vite preview\` server; figures are medians of the runs. Scores are out of 100; LCP, TBT (total blocking time) and CLS are
the values of Lighthouse's audits. They are simulated, so they are not comparable with the
bench's own timings above, which come from real throttled loads. One run:

\`\`\`sh
${commandLine(chromePath, origin)}
\`\`\`

How Lighthouse emulated the phone and throttled, as its report states it: its mobile defaults,
as the bench passes no emulation or throttling option.

${settingsText(result.how)}

${table(['Page', 'Performance', 'Accessibility', 'LCP', 'TBT', 'CLS', 'Runs'], rows)}
${failures.length ? `\nRuns that failed:\n\n${failures.join('\n')}\n` : ''}${
		warnings.length ? `\nLighthouse's warnings:\n\n${warnings.join('\n')}\n` : ''
	}`;
}
