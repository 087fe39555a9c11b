// The bench's figures as Markdown: the tables of docs/benchmarks.md and of the console summary.
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { KB, ORIGIN, PAGES } from './bench-config.mjs';
import { lighthouseSection } from './bench-lighthouse.mjs';
import { pagesTable, unmeasuredRoutes } from './bench-pages.mjs';
import { PASTE_WORDS, STUDIO_QUESTIONS, studioTable } from './bench-studio.mjs';
import { CLASS_SIZES, HANDED_IN, QUESTIONS, ROSTER_SIZE } from './bench-teacher.mjs';

export const sum = (xs) => xs.reduce((a, b) => a + b, 0);
export const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};
export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
export const ms = (t) => `${Math.round(t)} ms`;
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

export const FORMAT = { median, ms, kb, table };

export const report = ({
	results,
	pages,
	warm,
	imports,
	studio,
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

## Studio

The same phone emulation and network, a fresh context each time, the studio's page loaded first
(its own code is not in the times; the checker's and the name finder's workers, fetched when
first used, are). ${runs} runs of each; times end two frames after the change is in the page.

- **Paste to suggestions**: ${PASTE_WORDS.toLocaleString('en')} words of the first module's text (its paragraphs, without
  headings) are pasted; the time runs from the press of Start, through the press of "Suggest
  names from the text" as soon as it is there, until the list of names is shown.
- **A module of ${STUDIO_QUESTIONS} questions**: the first module, its questions repeated to ${STUDIO_QUESTIONS}, as a sealed
  module file chosen in "Or open a module file": to the draft on screen, then to the checker's
  first list.
- **One edit**: in that draft, the title is cleared (one input event); the time runs until the
  checks list shows the error it makes.

${studioTable(studio, FORMAT)}

${lighthouseSection(lighthouse, { origin: ORIGIN, chromePath, ...FORMAT })}
## JS files (median run)

${PAGES.map((p) => filesTable(p, results[p.key])).join('\n\n')}

## Machine

${machine(browserVersion)}

The machine is shared and noisy, so single loads vary widely: that is why the figures are medians.
`;

/** What the console shows at the end of a run: the report's tables, without its prose. */
export const summary = ({ results, pages, warm, imports, studio, lighthouse, chromePath }) =>
	[
		resultsTable(results),
		everyPageTable(results, pages),
		warmTable(results, warm),
		budgetsTable(results.section),
		importTable(imports),
		studioTable(studio, FORMAT),
		lighthouseSection(lighthouse, { origin: ORIGIN, chromePath, ...FORMAT })
	].join('\n\n');
