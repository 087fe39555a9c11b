import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = findChromium();
// E2E_PORT lets two checkouts on one machine run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	forbidOnly: true,
	retries: 0,
	workers: 2,
	timeout: 30_000,
	expect: { timeout: 7_000 },
	reporter: process.env.CI
		? [['list'], ['json', { outputFile: '.test-results/e2e.json' }]]
		: 'list',
	use: {
		baseURL: `http://localhost:${port}`,
		// Recording a trace of every test slowed the suite by about a seventh; E2E_TRACE=1 turns it
		// back on to look into a failure (npx playwright show-trace).
		trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
		// Each test starts clean; the offline tests let the service worker in themselves.
		serviceWorkers: 'block',
		launchOptions: { executablePath, args: CHROMIUM_ARGS }
	},
	projects: [
		{
			name: 'desktop',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 800 },
				channel: undefined
			}
		},
		{
			name: 'phone',
			use: { ...devices['Pixel 7'], viewport: { width: 412, height: 915 }, channel: undefined }
		}
	],
	webServer: {
		// Tests run against the built, prerendered site, as it is deployed.
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI
	}
});
