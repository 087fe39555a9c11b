import { expect, type Locator, type Page } from '@playwright/test';

/** The studio: a teacher starts a module from a text, and works on it as a draft. */
export class StudioPage {
	static readonly path = '/studio';
	readonly heading: Locator;
	readonly pasteBox: Locator;
	readonly startButton: Locator;
	readonly fileInput: Locator;
	readonly saving: Locator;
	readonly undoButton: Locator;
	readonly redoButton: Locator;
	readonly closeButton: Locator;
	readonly exportButton: Locator;
	readonly exportFileButton: Locator;
	readonly exportStatus: Locator;
	readonly checks: Locator;
	readonly alert: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1, name: 'Studio' });
		this.pasteBox = page.getByRole('textbox', { name: 'Paste the article’s text' });
		this.startButton = page.getByRole('button', { name: 'Start from this text' });
		this.fileInput = page.getByLabel('Or open a .txt or .md file');
		this.saving = page
			.getByRole('status')
			.filter({ hasText: /saved|Saving|not keeping|could not be saved/ });
		this.undoButton = page.getByRole('button', { name: 'Undo', exact: true });
		this.redoButton = page.getByRole('button', { name: 'Redo', exact: true });
		this.closeButton = page.getByRole('button', { name: 'Close this draft' });
		this.exportButton = page.getByRole('button', { name: 'Export the module folder (.zip)' });
		this.exportFileButton = page.getByRole('button', { name: 'Download a module file (.json)' });
		this.exportStatus = page.getByRole('status').filter({ hasText: /module (file|folder)/ });
		this.checks = page.getByRole('region', { name: 'Checks' });
		// The editor keeps an alert region ready, empty until something goes wrong.
		this.alert = page.getByRole('alert').filter({ hasText: /\S/ });
	}

	async goto() {
		await this.page.goto(StudioPage.path);
		await expect(this.startButton).toBeEnabled();
	}

	/** Pastes `text`, starts a draft of it, and waits until the draft is kept. */
	async startFrom(text: string) {
		await this.pasteBox.fill(text);
		await this.startButton.click();
		await this.expectSaved();
	}

	/** Opens a module of this site as a new draft, and waits until the draft is kept. */
	async openSiteModule(title: string) {
		await this.page.getByLabel('Module', { exact: true }).selectOption({ label: title });
		await this.page.getByRole('button', { name: 'Open in the studio' }).click();
		await this.expectSaved();
	}

	async expectSaved() {
		await expect(this.saving).toHaveText('All changes saved on this device.');
	}

	/** The module's short name, which its addresses and file names carry. */
	get shortName() {
		return this.page.getByLabel(/^Short name/);
	}

	/** Downloads the draft as a module file; returns the download once it has started. */
	async downloadModuleFile() {
		const downloading = this.page.waitForEvent('download');
		await this.exportFileButton.click();
		return downloading;
	}

	field(label: string) {
		return this.page.getByLabel(label, { exact: true });
	}

	sectionHeading(n: number) {
		return this.page.getByRole('textbox', { name: `Section ${n} heading`, exact: true });
	}

	/** The checkboxes between paragraphs, each starting a section at the paragraph after it. */
	breaks() {
		return this.page.getByRole('checkbox', { name: 'A new section starts here' });
	}

	get newActor() {
		return this.page.getByRole('textbox', { name: 'Name, as the article writes it' });
	}

	get addActorButton() {
		return this.page.getByRole('button', { name: 'Add the actor' });
	}

	/** The actor's box in the list: its fields, where the text names it, its spellings. */
	actor(name: string) {
		return this.page.getByRole('group', { name, exact: true });
	}

	/** Makes an event of the sentence that starts with `words`. */
	async makeEvent(words: string) {
		const select = this.page.getByLabel('The sentence that reports it');
		const label = await select.locator('option', { hasText: words }).first().textContent();
		await select.selectOption({ label: label! });
		await this.page.getByRole('button', { name: 'Make an event of this sentence' }).click();
	}

	/** An event's box: its fields, how it is reported, who takes part, its move buttons. */
	event(title: string) {
		return this.page.getByRole('group', { name: title, exact: true });
	}

	/** The events' titles, in the order the list has them. */
	eventTitles() {
		return this.page.getByRole('region', { name: 'Events' }).locator('ol > li > fieldset > legend');
	}

	/** Selects the first occurrence of `words` in the article's text, as a mouse or finger would. */
	async selectInText(words: string) {
		await this.page.evaluate((w) => {
			for (const p of document.querySelectorAll('.paragraph p')) {
				const node = p.firstChild;
				const at = node?.textContent?.indexOf(w) ?? -1;
				if (!node || at < 0) continue;
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + w.length);
				getSelection()!.removeAllRanges();
				getSelection()!.addRange(range);
				return;
			}
			throw new Error(`"${w}" is not in the text`);
		}, words);
	}

	draftButton(action: 'Open' | 'Delete', title: string) {
		return this.page.getByRole('button', { name: `${action} ${title}`, exact: true });
	}

	/** Adds a question of `type` (its name in the list) after section `section`, and opens it. */
	async addQuestion(type: string, section: string) {
		await this.page.getByLabel('Type of question').selectOption({ label: type });
		await this.page.getByLabel('Asked after the section').selectOption({ label: section });
		await this.page.getByRole('button', { name: 'Add a question' }).click();
	}

	/** The open question's editor, named by its number and type. */
	questionEditor(n: number, type: string) {
		return this.page.getByRole('group', { name: `Question ${n}: ${type}` });
	}

	/** The question as a student would try it, under its editor. */
	get preview() {
		return this.page.getByRole('region', { name: 'Try it as a student' });
	}

	/** A glossary entry's box: its words, its meaning, the words that open it. */
	term(words: string) {
		return this.page
			.getByRole('region', { name: 'Glossary' })
			.getByRole('group', { name: words, exact: true });
	}

	/** The places editor: its search, what it found, the map and each place's box. */
	get places() {
		return this.page.getByRole('region', { name: 'Places' });
	}

	/** Searches the gazetteer for `words` and adds the place offered as `offer`. */
	async addKnownPlace(words: string, offer: string) {
		await this.places.getByRole('searchbox', { name: 'Find a city or a country' }).fill(words);
		await this.places.getByRole('button', { name: offer, exact: true }).click();
	}

	/** A place's box: its name, kind, degrees and description. */
	place(name: string) {
		return this.places.getByRole('group', { name, exact: true });
	}

	/** The map's preview, as the build draws it. */
	get mapPreview() {
		return this.places.getByRole('img', { name: /^Map preview/ });
	}

	/** Adds an actor by typing its name as the article writes it. */
	async addActor(name: string) {
		await this.newActor.fill(name);
		await this.addActorButton.click();
		await expect(this.actor(name)).toBeVisible();
	}

	/** The relations editor: the sentence, the two actors and how they stand, then each relation. */
	get relations() {
		return this.page.getByRole('region', { name: 'How actors stand to each other' });
	}

	/** Adds "`from` `verb` `to`", stated by the sentence that starts with `words`. */
	async addRelation(words: string, from: string, verb: string, to: string) {
		const r = this.relations;
		const select = r.getByLabel('The sentence that says so');
		const label = await select.locator('option', { hasText: words }).first().textContent();
		await select.selectOption({ label: label! });
		await r.getByLabel('Who', { exact: true }).selectOption({ label: from });
		await r.getByLabel('Stands how', { exact: true }).selectOption({ label: verb });
		await r.getByLabel('To whom', { exact: true }).selectOption({ label: to });
		await r.getByRole('button', { name: 'Add the relation' }).click();
	}
	/** Selects `words` in the text and adds them as an actor through "Use the selected words". */
	async addActorFromText(words: string) {
		await this.selectInText(words);
		await this.page
			.getByRole('region', { name: 'Actors' })
			.getByRole('button', { name: 'Use the selected words' })
			.first()
			.click();
		await expect(this.newActor).toHaveValue(words);
		await this.addActorButton.click();
		await expect(this.actor(words)).toBeVisible();
	}

	/** Adds a question of `type` after section `section`; returns its editor, once open. */
	async writeQuestion(type: string, section: string) {
		await this.addQuestion(type, section);
		const n = await this.page.getByRole('button', { name: /^Remove question \d+$/ }).count();
		const editor = this.questionEditor(n, type);
		await expect(editor).toBeVisible();
		return editor;
	}

	/** Ticks, in the open question's evidence, each of `sentences` (they are never typed). */
	async tickEvidence(editor: Locator, sentences: readonly string[]) {
		const evidence = editor.getByRole('group', { name: 'Evidence: the sentences that answer it' });
		for (const s of sentences)
			await evidence.getByRole('checkbox', { name: s, exact: true }).check();
	}

	/** Writes the open question's hint and explanation, which every type has. */
	async explain(editor: Locator, hint: string, explanation: string) {
		await editor.getByLabel('Hint, shown after a wrong first try').fill(hint);
		await editor.getByLabel('Explanation, shown with the feedback').fill(explanation);
	}

	/** Closes question `n`, open; the checks then name no error of it (advice may remain). */
	async doneWith(n: number) {
		await this.page.getByRole('button', { name: 'Done', exact: true }).click();
		await expect(this.page.getByRole('button', { name: `Edit question ${n}` })).toBeFocused();
		const errors = this.checks.getByRole('listitem').filter({ hasText: /^Error:/ });
		await expect(errors.getByRole('button', { name: new RegExp(`^Question ${n} `) })).toHaveCount(
			0
		);
	}

	/** The Checks region says the draft has no error left (advice may remain). */
	async expectNoErrors() {
		await expect(
			this.checks.getByText(/^0 errors, |^The checker finds nothing to fix\.$/)
		).toBeVisible();
	}

	/** Exports the module folder; returns the download once it has started. */
	async downloadModuleFolder() {
		const downloading = this.page.waitForEvent('download');
		await this.exportButton.click();
		return downloading;
	}
}
