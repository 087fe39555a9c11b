import { expect, type Locator, type Page } from '@playwright/test';
import { MODULE_ID, sections, siteModule, type QuizModule, type RawQuestion } from '../module-data';
import { AnswerInputs } from './answers';
import { AssignmentPage } from './assignment-page';
import { HomePage } from './home-page';
import { ModulePage } from './module-page';

/** A section page: the article, its reading cards, and the quiz after it. */
export class SectionPage {
	readonly questions: RawQuestion[];
	readonly title: string;
	readonly inputs: AnswerInputs;
	readonly status: Locator;
	readonly checkButton: Locator;
	readonly nextButton: Locator;
	readonly previousButton: Locator;
	readonly savingButton: Locator;
	readonly summaryHeading: Locator;
	readonly summary: Locator;
	readonly article: Locator;
	readonly showInTextButton: Locator;
	readonly storageAlert: Locator;

	/** `module`: another module than this site's, such as one opened from a module file. */
	constructor(
		readonly page: Page,
		readonly sectionId: string = sections[0]!.id,
		readonly module: QuizModule = siteModule
	) {
		this.questions = module.questions.filter((q) => q.section === sectionId);
		this.title = module.sections.find((s) => s.id === sectionId)!.title;
		this.inputs = new AnswerInputs(page, module);
		this.status = page.getByRole('status', { name: 'Answer feedback' });
		this.checkButton = page.getByRole('button', { name: 'Check answer' });
		this.nextButton = page.getByRole('button', { name: /^(Next question|See section results)$/ });
		this.previousButton = page.getByRole('button', { name: 'Previous question' });
		this.savingButton = page.getByRole('button', { name: 'Saving your answer…' });
		this.summaryHeading = page.getByRole('heading', { name: 'Section results' });
		this.summary = page.getByRole('region', { name: /^Section results/ });
		this.article = page.getByRole('article');
		this.showInTextButton = page.getByRole('button', { name: 'Show in text' });
		this.storageAlert = page.getByRole('alert');
	}

	static pathOf(sectionId: string) {
		return `/m/${MODULE_ID}/${sectionId}`;
	}

	get path() {
		return SectionPage.pathOf(this.sectionId);
	}

	/** Opens the section and waits until it can take an answer (or shows its results). */
	async goto(hash = '') {
		await this.page.goto(`${this.path}${hash}`);
		await this.expectReady();
	}

	/** The page is interactive: the Check (or Skip) button, or the step after it, is enabled. */
	async expectReady() {
		const step = this.checkButton.or(this.skipButton).or(this.nextButton).or(this.summaryHeading);
		await expect(step.first()).toBeVisible();
		await expect(step.first()).toBeEnabled();
	}

	get pageHeading() {
		return this.page.getByRole('heading', { level: 1, name: this.title });
	}

	heading(n: number) {
		return this.page.getByRole('heading', { name: `Question ${n} of ${this.questions.length}` });
	}

	/** The card of question n. */
	card(n: number) {
		return this.page.getByRole('form', { name: `Question ${n} of ${this.questions.length}` });
	}

	question(n: number) {
		return this.questions[n - 1]!;
	}

	/** The hint of question n, shown in its card before the second try. */
	hint(n: number) {
		return this.page.getByRole('form').getByText(this.question(n).hint);
	}

	/** The read-aloud controls (shown only where the browser can speak). */
	get readAloud() {
		return this.page.getByRole('group', { name: 'Read the section aloud' });
	}

	/** A verdict shown on a checked answer, word for word ("Correct.", "Not this time."). */
	verdict(text: string) {
		return this.page.getByText(text, { exact: true });
	}

	/** The article's paragraphs as shown. */
	async paragraphs() {
		return this.article.getByRole('paragraph').allInnerTexts();
	}

	/** The sentences "Show in text" marks. `<mark>` has no role Playwright can query. */
	get marked() {
		return this.page.locator('mark');
	}

	/** "You scored p out of n." on the results. */
	score(points: number, of = this.questions.length) {
		return this.page.getByText(`You scored ${points} out of ${of}.`);
	}

	/** The running score beside the quiz: "Score: p of n". */
	runningScore(points: number) {
		return this.page.getByText(`Score: ${points} of ${this.questions.length}`);
	}

	/** Gives the right answer to question n (1-based), or a wrong one. */
	async answer(n: number, right: boolean) {
		await this.inputs.give(this.question(n), right);
	}

	async orderTexts() {
		return this.inputs.orderItems.allTextContents();
	}

	async check() {
		await this.checkButton.click();
	}

	async next() {
		await this.nextButton.click();
	}

	async previous() {
		await this.previousButton.click();
	}

	/** Answers, checks, and waits until the screen says the answer was saved. */
	async answerAndCheck(n: number, right: boolean) {
		await expect(this.heading(n)).toBeVisible();
		await this.answer(n, right);
		await this.check();
		await expect(this.status).toContainText('Answer saved on this device.');
	}

	/** Gets question n wrong at both tries, and waits until the second is saved. */
	async missTwice(n: number) {
		await this.answerAndCheck(n, false);
		await this.answer(n, false);
		await this.check();
		await expect(this.status).toContainText('Answer saved on this device.');
	}

	/** Answers questions `from`..`to`, each right but those in `missed`, moving on after each. */
	async work({ from = 1, to = this.questions.length, missed = [] as number[] } = {}) {
		for (let n = from; n <= to; n++) {
			if (missed.includes(n)) await this.missTwice(n);
			else await this.answerAndCheck(n, true);
			await this.next();
		}
	}

	/** Finishes the section, each question right but those in `missed`, and waits for the results. */
	async finish(missed: number[] = []) {
		await this.work({ missed });
		await expect(this.summaryHeading).toBeVisible();
	}

	async goToQuestion(n: number) {
		await this.page.getByRole('button', { name: `Go to question ${n}`, exact: true }).click();
	}

	/** Presses "Show in text" and waits until the evidence is marked and has the focus. */
	async showInText() {
		await this.showInTextButton.click();
		await expect(this.marked.first()).toBeFocused();
	}

	async backToTheQuestion() {
		await this.page.getByRole('button', { name: 'Back to the question' }).click();
	}

	get downloadButton() {
		return this.page.getByRole('button', { name: 'Download my progress' });
	}

	/** Presses "Download my progress" on this page; returns the path of the file it saved. */
	async downloadProgress(): Promise<string> {
		const download = this.page.waitForEvent('download');
		await this.downloadButton.click();
		return (await (await download).path())!;
	}

	// Deferred feedback: a choice is saved as it is made, and checked when the section is handed in.

	get skipButton() {
		return this.page.getByRole('button', { name: 'Skip for now' });
	}

	/** The running count of saved answers: "Answers saved: n of m". */
	savedCount(n: number) {
		return this.page.getByText(`Answers saved: ${n} of ${this.questions.length}`);
	}

	/** Opens the hand-in step; waits until its heading has the focus. */
	async reviewAndHandIn() {
		await this.page.getByRole('button', { name: 'Review and hand in the section' }).click();
		await expect(this.page.getByRole('heading', { name: 'Hand in this section' })).toBeFocused();
	}

	/**
	 * Hands the section in; waits until its results have the focus. With questions left blank
	 * the page asks first: `blanks` is the question it must name, and the test confirms.
	 */
	async handInSection(blanks?: string) {
		await this.page.getByRole('button', { name: 'Hand in this section' }).click();
		if (blanks !== undefined) {
			const ask = this.page.getByRole('group', { name: /have no answer|has no answer/ });
			await expect(ask).toContainText(blanks);
			await ask.getByRole('button', { name: 'Hand in anyway' }).click();
		}
		await expect(this.summaryHeading).toBeFocused();
	}

	async takeAgain() {
		await this.page.getByRole('button', { name: 'Take this section again' }).click();
		await expect(this.heading(1)).toBeFocused();
	}

	// Ways on from the section.

	get nextSectionLink() {
		return this.page.getByRole('link', { name: /^Next section/ });
	}

	/** Follows "Next section" from the results; returns that section, once it is shown. */
	async goToNextSection() {
		const i = sections.findIndex((s) => s.id === this.sectionId);
		await this.nextSectionLink.click();
		const next = new SectionPage(this.page, sections[i + 1]!.id);
		await expect(next.pageHeading).toBeVisible();
		return next;
	}

	/** The link back to the assignment this section is worked for (in the header and results). */
	backToAssignmentLink(title: string) {
		return this.page.getByRole('link', { name: `Back to the assignment: ${title}` });
	}

	/** Goes back to the assignment, by the link in the header or (`fromResults`) in the results. */
	async backToAssignment(title: string, { fromResults = false } = {}) {
		if (fromResults)
			await this.summary.getByRole('link', { name: `Back to the assignment: ${title}` }).click();
		else await this.backToAssignmentLink(title).first().click();
		return new AssignmentPage(this.page);
	}

	/** Presses Reload in the storage alert (after the site's data went away under the page). */
	async reloadFromAlert() {
		await this.storageAlert.getByRole('button', { name: 'Reload' }).click();
	}

	/** Follows the storage alert's link to the home page's restore form. */
	async goToRestore() {
		await this.page.getByRole('link', { name: 'Restore your progress from a file' }).click();
		return new HomePage(this.page);
	}

	async openModulePage() {
		await this.page.goto(`/m/${MODULE_ID}`);
		return new ModulePage(this.page);
	}
}
