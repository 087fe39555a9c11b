import { expect, type Download, type Page } from '@playwright/test';
import { sections, siteModule, type QuizModule } from '../module-data';
import { SectionPage } from './section-page';

/** The assignment page (/a#…) a student opens from the teacher's link. */
export class AssignmentPage {
	readonly heading;
	readonly nameBox;
	readonly startButton;
	/** The line under the name form: what happened to the name. */
	readonly nameStatus;
	readonly sectionsToDo;
	readonly handInRegion;
	/** The table in the hand-in region: a row for each section. */
	readonly results;
	readonly handInButton;
	/** Where the phone can share a file: hands the results file to another app. */
	readonly shareButton;
	/** The links and buttons of the hand-in region, in order: the first is the main one. */
	readonly actions;
	/** What became of the results file. */
	readonly handInStatus;
	/** The question asked before handing in with blanks. */
	readonly handInQuestion;
	/** What is wrong with a bad link. */
	readonly problem;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.nameBox = page.getByRole('textbox', { name: 'Your name or nickname' });
		this.startButton = page.getByRole('button', { name: 'Start' });
		this.nameStatus = page.getByRole('status').first();
		this.sectionsToDo = page.getByRole('list', { name: 'Sections to do' }).getByRole('listitem');
		this.handInRegion = page.getByRole('region', { name: 'Hand in' });
		this.results = this.handInRegion.getByRole('table', { name: 'Your results so far' });
		this.handInButton = this.handInRegion.getByRole('button', {
			name: /^(Hand in my results|Hand in again)$/
		});
		this.shareButton = this.handInRegion.getByRole('button', { name: 'Share with your teacher' });
		const steps = this.handInRegion.getByRole('group', { name: 'What to do now' });
		this.actions = steps.getByRole('link').or(steps.getByRole('button'));
		this.handInStatus = this.handInRegion.getByRole('status');
		this.handInQuestion = this.handInRegion.getByRole('group', { name: /Hand in .*anyway\?$/ });
		this.problem = page.getByRole('alert');
	}

	/** Opens a link; `reload` loads it afresh, as a link pasted into a new tab would be. */
	async goto(link: string, { reload = false } = {}) {
		await this.page.goto(link);
		if (reload) await this.page.reload();
	}

	/** A section's row in the results table, by its title. */
	resultRow(title: string) {
		return this.results.getByRole('row', { name: new RegExp(`^${title}`) });
	}

	/** Gives a name and starts; waits until the page says the name was kept. */
	async startAs(name: string) {
		await this.nameBox.fill(name);
		await this.startButton.click();
		await expect(this.nameStatus).toHaveText('Name saved on this device.');
	}

	/** Picks a name from the teacher's class list and starts; waits until the name is kept. */
	async pickName(name: string) {
		await this.page.getByRole('combobox', { name: 'Your name' }).selectOption(name);
		await this.startButton.click();
		await expect(this.nameStatus).toHaveText('Name saved on this device.');
	}

	/**
	 * Follows "Continue: <section>"; returns that section once it can take an answer. `module`:
	 * the assigned module, when it is not this site's.
	 */
	async continue(sectionId = sections[0]!.id, module: QuizModule = siteModule) {
		await this.page.getByRole('link', { name: /^Continue: / }).click();
		const section = new SectionPage(this.page, sectionId, module);
		await expect(section.pageHeading).toBeVisible();
		await section.expectReady();
		return section;
	}

	/**
	 * Presses "Hand in my results" (or "Hand in again"); with questions left blank, confirms
	 * when asked. Returns the results file's download.
	 */
	async handIn({ blanks = true } = {}): Promise<Download> {
		const downloading = this.page.waitForEvent('download');
		await this.handInButton.click();
		if (blanks) await this.confirmHandIn();
		return downloading;
	}

	/** Answers "Hand in anyway" to the question asked before handing in with blanks. */
	async confirmHandIn() {
		await this.handInQuestion.getByRole('button', { name: 'Hand in anyway' }).click();
	}
}
