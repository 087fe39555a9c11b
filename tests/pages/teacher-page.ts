import { expect, type Locator, type Page } from '@playwright/test';

/** The teacher's results dashboard: files imported, and a report for each class. */
export class TeacherPage {
	readonly filesInput;
	/** The import log: a line for each file. */
	readonly importLog;
	readonly forgeryNote;
	readonly empty;

	constructor(readonly page: Page) {
		this.filesInput = page.getByLabel('Results files');
		this.importLog = page.getByRole('status').filter({ hasText: 'imported' });
		this.forgeryNote = page.getByText('a determined student could forge a file');
		this.empty = page.getByText('No results imported yet.');
	}

	async goto() {
		await this.page.goto('/teacher');
	}

	/**
	 * Chooses the files and waits, file by file, as the page counts them in: a class's files take
	 * a few seconds on a slow machine, and each one counted shows the import is moving.
	 */
	async importFiles(paths: string[]) {
		// The picker takes files once the page can: a person waits for it as for any control.
		await expect(this.filesInput).toBeEnabled();
		await this.filesInput.setInputFiles(paths);
		const counter = this.page.getByText(/^Importing files: \d+ of \d+$/);
		// Files counted so far; once the counter is gone, all of them.
		const counted = async () => {
			const [text] = await counter.allTextContents();
			return text ? Number(/(\d+) of/.exec(text)?.[1]) : paths.length;
		};
		for (let done = 0; done < paths.length; done++)
			await expect.poll(counted).toBeGreaterThan(done);
	}

	/** The part of the page that downloads and restores the whole dashboard. */
	get backup() {
		return this.page.getByRole('region', { name: /^Keep these results/ });
	}

	/** Downloads every imported file as one backup; returns its path. */
	async downloadBackup() {
		const downloading = this.page.waitForEvent('download');
		await this.backup.getByRole('button', { name: 'Download all results (backup)' }).click();
		return (await (await downloading).path())!;
	}

	/** Restores a backup; waits until the page says what became of it. */
	async restoreBackup(path: string) {
		const picker = this.backup.getByLabel('Restore a backup');
		await expect(picker).toBeEnabled();
		await picker.setInputFiles(path);
		await expect(this.backup.getByRole('status')).toHaveText(/^Backup (not )?restored/);
		return this.backup.getByRole('status');
	}

	/** The students table, when one class is shown. */
	get students() {
		return this.page.getByRole('table', { name: 'Students' });
	}

	/** A row for each student of the one class shown (not the headings, nor the average). */
	get studentRows() {
		return this.students
			.getByRole('row')
			.filter({ has: this.page.getByRole('button', { name: /: answers$/ }) });
	}

	/** The log line about one file. */
	logLine(file: string) {
		return this.page.getByRole('status').filter({ hasText: file });
	}

	/** The report of one assignment and class, headed "<title> · <class>". */
	report(name: string) {
		return new ClassReport(this.page, this.page.getByRole('region', { name }));
	}
}

/** One class's report: the students, the questions, what the class knows, the files. */
export class ClassReport {
	readonly students;
	readonly items;
	readonly mastery;
	readonly skills;

	constructor(
		readonly page: Page,
		readonly region: Locator
	) {
		this.students = region.getByRole('table', { name: 'Students' });
		this.items = region.getByRole('table', { name: 'Question by question' });
		this.mastery = region.getByRole('table', { name: 'What the class knows' });
		this.skills = region.getByRole('table', { name: 'Reading skills' });
	}

	/** The line naming the students on the class list with no file yet. */
	get missing() {
		return this.region.getByText(/^Not handed in yet/);
	}

	student(name: string) {
		return this.students.getByRole('row', { name: new RegExp(`^${name}`) });
	}

	/** The first cell of a student's row: their points. */
	points(name: string) {
		return this.student(name).getByRole('cell').first();
	}

	/** A cell of question n's row (n from 1; the header is row 0). */
	itemCell(n: number, column: number) {
		return this.items.getByRole('row').nth(n).getByRole('cell').nth(column);
	}

	/** A row for each student (not the headings, nor the class average). */
	get studentRows() {
		return this.students.getByRole('row').filter({
			has: this.page.getByRole('button', { name: /: answers$/ })
		});
	}

	/** The row of class averages, under the students. */
	get average() {
		return this.students.getByRole('row', { name: /^Class average/ });
	}

	/** The students' names, in the order the table lists them. */
	async names() {
		const who = this.students.getByRole('button', { name: /: answers$/ });
		return (await who.allTextContents()).map((t) => t.replace(/: answers$/, ''));
	}

	/**
	 * Sorts the table as a person would: by the column's heading where the table shows its
	 * headings, and on a phone, where each student is a card, by the "Sort by" list.
	 */
	async sortBy(column: string) {
		const list = this.region.getByLabel('Sort by');
		if (await list.isVisible()) await list.selectOption({ label: column });
		else await this.students.getByRole('button', { name: column, exact: true }).click();
	}

	/** Opens a student's answers from their name; the answers are headed with it. */
	async openAnswers(name: string) {
		await this.students.getByRole('button', { name: `${name}: answers` }).click();
		return this.region.getByRole('region', { name: `Every answer ${name} gave` });
	}

	/** The last column of the mastery table: the share of the class that knows each. */
	async masteryShares() {
		const rows = this.mastery.getByRole('row').filter({ has: this.page.getByRole('cell') });
		const shares: string[] = [];
		for (const row of await rows.all())
			shares.push((await row.getByRole('cell').last().textContent()) ?? '');
		return shares;
	}

	async downloadCsv() {
		const downloading = this.page.waitForEvent('download');
		await this.region.getByRole('button', { name: 'Download the class table (CSV)' }).click();
		return (await (await downloading).path())!;
	}

	/** Opens "Every file handed in (n)". */
	async showFiles(count: number) {
		await this.region.getByText(`Every file handed in (${count})`).click();
	}

	/** The files listed for one student. */
	filesOf(name: string) {
		return this.region.getByRole('listitem').filter({ hasText: new RegExp(`^${name}, `) });
	}

	/** Removes the class's results after confirming; waits until the page says how many went. */
	async remove(files: number) {
		await this.region.getByRole('button', { name: 'Remove this class’s results…' }).click();
		await this.page.getByRole('button', { name: 'Remove them' }).click();
		await expect(
			this.page.getByText(`${files} file${files === 1 ? '' : 's'} removed.`)
		).toBeVisible();
	}
}
