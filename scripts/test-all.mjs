// Runs every check: svelte-check, lint, unit tests, a build, and the e2e suite in headless
// Chromium. Ends with one line counting unit and e2e tests together: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

/** Runs a command, streaming its output; returns whether it succeeded. */
function run(title, command, args, env = {}) {
	console.log(`\n== ${title}`);
	const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return r.status === 0;
}

function ensureChromium() {
	let path = findChromium();
	if (path) return path;
	const debian = existsSync('/etc/debian_version');
	const root = process.getuid?.() === 0;
	if (debian && root) {
		console.log('No Chromium found: installing Debian’s chromium package.');
		run('apt-get update', 'apt-get', ['update', '-q']);
		run('apt-get install chromium', 'apt-get', ['install', '-y', '-q', 'chromium']);
		path = findChromium();
	}
	if (!path) {
		console.error(
			'No Chromium found. Install one and run again, for example:\n' +
				'  Debian/Ubuntu:  sudo apt-get install chromium\n' +
				'  any system:     npx playwright install chromium\n' +
				'or point CHROMIUM_PATH at a Chromium or Chrome binary.'
		);
	}
	return path;
}

const failures = [];
const step = (title, command, args, env) => {
	if (!run(title, command, args, env)) failures.push(title);
};

step('svelte-kit sync', 'npx', ['svelte-kit', 'sync']);
step('svelte-check', 'npx', [
	'svelte-check',
	'--tsconfig',
	'./tsconfig.json',
	'--fail-on-warnings'
]);
step('lint', 'npx', ['eslint', '.']);
step('unit tests', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${results}/unit.json`
]);

const chromium = ensureChromium();
if (chromium) {
	console.log(`Chromium: ${chromium}`);
	if (run('build', 'npx', ['vite', 'build'])) {
		step('e2e tests', 'npx', ['playwright', 'test'], {
			CHROMIUM_PATH: chromium,
			CI: process.env.CI ?? '1'
		});
	} else {
		failures.push('build');
	}
} else {
	failures.push('chromium');
}

function counts(file, read) {
	try {
		return read(JSON.parse(readFileSync(file, 'utf8')));
	} catch {
		return { passed: 0, failed: 0 };
	}
}
const unit = counts(`${results}/unit.json`, (r) => ({
	passed: r.numPassedTests,
	failed: r.numFailedTests
}));
const e2e = counts(`${results}/e2e.json`, (r) => ({
	passed: r.stats.expected,
	failed: r.stats.unexpected + r.stats.flaky
}));

console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed`);
console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
if (failures.length) console.log(`failed steps: ${[...new Set(failures)].join(', ')}`);
console.log(
	`${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed + (failures.length && !unit.failed && !e2e.failed ? 1 : 0)} failed`
);
process.exit(failures.length ? 1 : 0);
