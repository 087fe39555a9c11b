import { expect, type Page } from '@playwright/test';
import { MODULE_ID, sections } from '../module-data';

/** What the teacher chooses on the Assign page; anything left out keeps the page's default. */
export type Assignment = {
	title: string;
	className?: string;
	due?: string;
	/** The number of sections, from the first, to assign (default: all). */
	sectionCount?: number;
	/** Ids of the sections to leave out. */
	skip?: string[];
	mode?: 'Straight away' | 'When the section is handed in' | 'Practice';
	passMark?: number;
	locked?: boolean;
	/** The class list, one name a line. */
	roster?: string[];
};

/** The Assign page: the teacher's form, and the sheet with the link it makes. */
export class AssignPage {
	readonly heading;
	readonly moduleSelect;
	readonly makeButton;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1, name: 'Assign a module' });
		this.moduleSelect = page.getByRole('combobox', { name: 'Module' });
		this.makeButton = page.getByRole('button', { name: 'Make the link' });
	}

	/** Opens the page and waits until the form takes choices (once the page is interactive). */
	async goto() {
		await this.page.goto('/assign');
		await this.expectReady();
	}

	async expectReady() {
		await expect(this.heading).toBeVisible();
		await expect(this.moduleSelect).toHaveValue(MODULE_ID);
		await expect(this.makeButton).toBeEnabled();
	}

	/** What the students will do: the chosen sections' questions with their keys, and the time. */
	get preview() {
		return this.page.getByRole('region', { name: 'What the students will do' });
	}

	/** One section's questions in the preview, opened (a closed one shows only its summary). */
	async openPreview(number: number) {
		const heading = this.page.locator('summary', { hasText: new RegExp(`^${number}\\. `) });
		const details = this.preview.locator('details').filter({ has: heading });
		const summary = details.locator('summary');
		if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await summary.click();
		return { summary, questions: details.getByRole('list').first() };
	}

	/** The assignments made on this device. */
	get myAssignments() {
		return this.page.getByRole('region', { name: 'My assignments' });
	}

	/** The titles listed in My assignments, in the order shown. */
	madeTitles() {
		return this.myAssignments.getByRole('heading', { level: 3 });
	}

	/** One entry of My assignments, by its title. */
	made(title: string) {
		return this.myAssignments
			.getByRole('listitem')
			.filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
	}

	/** Opens the sheet of an assignment made earlier, and returns its link. */
	async showMade(title: string) {
		await this.myAssignments
			.getByRole('button', { name: `Show the link and QR code of “${title}”` })
			.click();
		await expect(this.sheet(title)).toBeFocused();
		await expect(this.qrCode(title)).toBeVisible();
		return this.sheet(title).getByRole('textbox', { name: 'Link for your students' }).inputValue();
	}

	removeButton(title: string) {
		return this.made(title).getByRole('button', { name: `Remove from the list: ${title}` });
	}

	/** Asks to remove an entry of My assignments; `confirm` answers the question it asks. */
	async removeMade(title: string, confirm: boolean) {
		const entry = this.made(title);
		await this.removeButton(title).click();
		// The button pressed is gone: the focus is on the question in its place.
		const ask = entry.getByRole('group', { name: 'Remove from the list' });
		await expect(
			ask.getByText(`Remove “${title}” from your list?`, { exact: false })
		).toBeFocused();
		await expect(ask).toContainText('Its link goes on working');
		await ask.getByRole('button', { name: confirm ? 'Remove it' : 'Keep it' }).click();
	}

	sectionBox(title: string) {
		return this.page.getByRole('checkbox', { name: new RegExp(`^\\d+\\. ${title}$`) });
	}

	/** The printable sheet made for the assignment: it has the focus once made. */
	sheet(title: string) {
		return this.page.getByRole('region', { name: title });
	}

	qrCode(title: string) {
		return this.sheet(title).getByRole('img', { name: `QR code of the link to “${title}”` });
	}

	/** Fills in the form, makes the link, and returns it once the sheet is shown. */
	async makeLink(a: Assignment) {
		const page = this.page;
		const left = sections.filter(
			(s, i) => (a.sectionCount !== undefined && i >= a.sectionCount) || a.skip?.includes(s.id)
		);
		for (const s of left) await this.sectionBox(s.title).uncheck();
		await page.getByRole('textbox', { name: 'Title of the assignment' }).fill(a.title);
		if (a.className !== undefined)
			await page.getByRole('textbox', { name: 'Class', exact: true }).fill(a.className);
		if (a.due !== undefined) await page.getByLabel('Due date (optional)').fill(a.due);
		if (a.roster)
			await page.getByRole('textbox', { name: 'Class list (optional)' }).fill(a.roster.join('\n'));
		if (a.mode) await page.getByRole('radio', { name: a.mode }).check();
		if (a.passMark !== undefined) {
			await page
				.getByRole('spinbutton', { name: 'Pass mark for each section (%)' })
				.fill(String(a.passMark));
		}
		if (a.locked) {
			await page
				.getByRole('checkbox', {
					name: 'Keep each section locked until the one before it is passed'
				})
				.check();
		}
		await this.makeButton.click();
		const sheet = this.sheet(a.title);
		await expect(sheet).toBeFocused();
		await expect(this.qrCode(a.title)).toBeVisible();
		return sheet.getByRole('textbox', { name: 'Link for your students' }).inputValue();
	}
}
