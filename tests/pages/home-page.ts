import { expect, type Page } from '@playwright/test';
import { moduleTitle } from '../module-data';
import { AssignPage } from './assign-page';
import { ModulePage } from './module-page';
import { ReviewPage } from './review-page';
import { SettingsPage } from './settings-page';
import { TeacherPage } from './teacher-page';

/** The home page: the modules, the review link, the student's data, and the teachers' links. */
export class HomePage {
	readonly heading;
	readonly restoreInput;
	readonly restoreStatus;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1, name: 'Lectern' });
		this.restoreInput = page.getByLabel('Restore from a progress file');
		this.restoreStatus = page
			.getByRole('status')
			.filter({ hasText: /Nothing was changed|Restored/ });
	}

	async goto() {
		await this.page.goto('/');
	}

	/** The module's progress line on its card: "n of m questions answered". */
	get progressLine() {
		return this.page
			.getByRole('listitem')
			.filter({ hasText: moduleTitle })
			.getByText(/questions answered$/);
	}

	reviewLink(name: string | RegExp) {
		return this.page.getByRole('link', { name });
	}

	async openModule() {
		await this.page.getByRole('link', { name: moduleTitle }).click();
		const module = new ModulePage(this.page);
		await expect(module.heading).toBeVisible();
		return module;
	}

	async openReview(name: string) {
		await this.reviewLink(name).click();
		return new ReviewPage(this.page);
	}

	async openSettings() {
		await this.page.getByRole('link', { name: 'Reading settings' }).click();
		const settings = new SettingsPage(this.page);
		await expect(settings.heading).toBeVisible();
		return settings;
	}

	async openAssign() {
		await this.page.getByRole('link', { name: 'For teachers: assign a module' }).click();
		return new AssignPage(this.page);
	}

	async openTeacherResults() {
		await this.page.getByRole('link', { name: 'For teachers: read results' }).click();
		return new TeacherPage(this.page);
	}

	/** Presses "Download my progress"; saves the file at `path` (or keeps it) and returns its path. */
	async downloadProgress(path?: string) {
		const downloading = this.page.waitForEvent('download');
		await this.page.getByRole('button', { name: 'Download my progress' }).click();
		const download = await downloading;
		if (!path) return (await download.path())!;
		await download.saveAs(path);
		return path;
	}

	/** Opens a module file from the home page's "Open a module file". */
	async openModuleFile(file: string) {
		const input = this.page.getByLabel('Module file (.json)');
		if (!(await input.isVisible())) await this.page.getByText('Open a module file').click();
		await input.setInputFiles(file);
	}

	/** What opening a module file said: its outcome, or why it was refused. */
	get moduleFileStatus() {
		return this.page
			.getByRole('status')
			.or(this.page.getByRole('alert'))
			.filter({ hasText: /module|file|device/ });
	}

	/** The modules listed, by title, in order. */
	moduleTitles() {
		return this.page.getByRole('list').getByRole('heading', { level: 3 });
	}

	/** Opens a module from the list by its title. */
	async openModuleTitled(title: string) {
		await this.page.getByRole('link', { name: title, exact: true }).click();
		const module = new ModulePage(this.page, title);
		await expect(module.heading).toBeVisible();
		return module;
	}

	async restore(file: string) {
		await this.restoreInput.setInputFiles(file);
	}
}
