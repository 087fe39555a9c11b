import { expect, type Page } from '@playwright/test';
import { MODULE_ID, moduleTitle, siteModule, type QuizModule } from '../module-data';
import { SectionPage } from './section-page';

/** A module's page: its source, its sections and how far the student has got in each. */
export class ModulePage {
	static readonly path = `/m/${MODULE_ID}`;
	readonly heading;
	readonly sectionList;
	readonly sourcePanel;
	readonly whatHappenedNext;
	readonly whatYouKnow;
	readonly resetButton;
	readonly cancelButton;
	readonly resetStatus;

	/** `title`: another module's, such as a copy opened from a module file. */
	constructor(
		readonly page: Page,
		title = moduleTitle
	) {
		this.heading = page.getByRole('heading', { level: 1, name: title });
		this.sectionList = page.getByRole('list', { name: 'Sections' }).getByRole('listitem');
		this.sourcePanel = page.getByRole('region', { name: 'Source and perspective' });
		this.whatHappenedNext = page.getByRole('region', { name: 'What happened next' });
		this.whatYouKnow = page.getByRole('heading', { name: 'What you know' });
		this.resetButton = page.getByRole('button', { name: 'Reset this module…' });
		this.cancelButton = page.getByRole('button', { name: 'Cancel' });
		this.resetStatus = page.getByRole('status');
	}

	async goto(options?: Parameters<Page['goto']>[1]) {
		await this.page.goto(ModulePage.path, options);
	}

	/** A section's row in the list, by its title. */
	sectionRow(title: string) {
		return this.sectionList.filter({ hasText: title });
	}

	get worthRevisiting() {
		return this.page.getByRole('heading', { name: /Worth revisiting/ }).first();
	}

	get startReadingLink() {
		return this.page.getByRole('link', { name: 'Start reading' });
	}

	/** Follows "Start reading"; returns the first section of `module` once it is shown. */
	async startReading(module: QuizModule = siteModule) {
		await this.startReadingLink.click();
		const first = new SectionPage(this.page, module.sections[0]!.id, module);
		await expect(first.pageHeading).toBeVisible();
		return first;
	}

	/** Follows "Continue"; returns the section it leads to, once it is shown. */
	async continueTo(sectionId: string) {
		await this.page.getByRole('link', { name: 'Continue' }).click();
		const next = new SectionPage(this.page, sectionId);
		await expect(next.pageHeading).toBeVisible();
		return next;
	}

	/** Opens the reset confirmation; the safe choice, Cancel, has the focus. */
	async askToReset() {
		await this.resetButton.click();
		await expect(this.cancelButton).toBeFocused();
	}

	async cancelReset() {
		await this.cancelButton.click();
	}

	/** Resets the module after confirming; waits until the page says the answers are gone. */
	async reset() {
		await this.askToReset();
		await this.page.getByRole('button', { name: 'Delete my answers' }).click();
		await expect(this.resetStatus).toHaveText('Your answers for this module were deleted.');
	}
}
