import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { join } from 'node:path';
import { recordViolations } from './page-guards';
import { ActorsPage } from './pages/actors-page';
import { AssignPage } from './pages/assign-page';
import { AssignmentPage } from './pages/assignment-page';
import { HomePage } from './pages/home-page';
import { MapPage } from './pages/map-page';
import { ModulePage } from './pages/module-page';
import { ReviewPage } from './pages/review-page';
import { SectionPage } from './pages/section-page';
import { SettingsPage } from './pages/settings-page';
import { TeacherPage } from './pages/teacher-page';
import { TimelinePage } from './pages/timeline-page';

/** Content-Security-Policy violations seen in the test's browser and every device it opened. */
export type CspRecord = { violations: string[]; contexts: number };

type Options = {
	/** Set by a test that provokes violations on purpose; every other test fails on any. */
	allowCspViolations: boolean;
};

type Fixtures = {
	csp: CspRecord;
	homePage: HomePage;
	modulePage: ModulePage;
	/** The first section of the module (not yet opened). */
	sectionPage: SectionPage;
	actorsPage: ActorsPage;
	timelinePage: TimelinePage;
	mapPage: MapPage;
	assignPage: AssignPage;
	assignmentPage: AssignmentPage;
	teacherPage: TeacherPage;
	reviewPage: ReviewPage;
	settingsPage: SettingsPage;
	/** Another device: a fresh browser context of its own, closed after the test. */
	newDevice: (watch?: (context: BrowserContext) => Promise<unknown>) => Promise<Page>;
	/** A student on a device of their own joins through the link and starts the first section. */
	enrol: (link: string, name: string) => Promise<SectionPage>;
	/**
	 * A student on their own device joins, answers question 1 (right, or wrong twice), hands in,
	 * and saves the results file in the test's output folder; returns its path.
	 */
	handIn: (
		link: string,
		name: string,
		options?: { right?: boolean; watch?: (context: BrowserContext) => Promise<unknown> }
	) => Promise<string>;
};

export const test = base.extend<Fixtures & Options>({
	allowCspViolations: [false, { option: true }],

	// Every test watches for policy violations from before its first page loads.
	csp: [
		async ({ context, allowCspViolations }, use) => {
			const record: CspRecord = { violations: await recordViolations(context), contexts: 1 };
			await use(record);
			if (!allowCspViolations) expect(record.violations, 'CSP violations').toEqual([]);
		},
		{ auto: true }
	],

	homePage: async ({ page }, use) => use(new HomePage(page)),
	modulePage: async ({ page }, use) => use(new ModulePage(page)),
	sectionPage: async ({ page }, use) => use(new SectionPage(page)),
	actorsPage: async ({ page }, use) => use(new ActorsPage(page)),
	timelinePage: async ({ page }, use) => use(new TimelinePage(page)),
	mapPage: async ({ page }, use) => use(new MapPage(page)),
	assignPage: async ({ page }, use) => use(new AssignPage(page)),
	assignmentPage: async ({ page }, use) => use(new AssignmentPage(page)),
	teacherPage: async ({ page }, use) => use(new TeacherPage(page)),
	reviewPage: async ({ page }, use) => use(new ReviewPage(page)),
	settingsPage: async ({ page }, use) => use(new SettingsPage(page)),

	newDevice: async ({ browser, csp }, use) => {
		const opened: BrowserContext[] = [];
		await use(async (watch) => {
			const context = await browser.newContext();
			opened.push(context);
			// Reported to the test's own record, so the guard sees them too.
			await recordViolations(context, csp.violations);
			csp.contexts++;
			await watch?.(context);
			return context.newPage();
		});
		for (const c of opened) await c.close();
	},

	enrol: async ({ newDevice }, use) => {
		await use(async (link, name) => {
			const assignment = new AssignmentPage(await newDevice());
			await assignment.goto(link);
			await assignment.startAs(name);
			return assignment.continue();
		});
	},

	handIn: async ({ newDevice }, use, info) => {
		await use(async (link, name, { right = true, watch } = {}) => {
			const assignment = new AssignmentPage(await newDevice(watch));
			await assignment.goto(link);
			await assignment.startAs(name);
			const quiz = await assignment.continue();
			if (right) await quiz.answerAndCheck(1, true);
			else await quiz.missTwice(1);
			await assignment.goto(link);
			const path = join(info.outputDir, `${name}.json`);
			await (await assignment.handIn()).saveAs(path);
			await assignment.page.context().close();
			return path;
		});
	}
});

export { expect };
