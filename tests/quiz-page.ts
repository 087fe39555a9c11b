import { expect, type Locator, type Page } from '@playwright/test';
import { MODULE_ID, choicesOf, optionsOf, questionsOf, type RawQuestion } from './module-data';

const truthLabel = { true: 'True', false: 'False', 'not-stated': 'Not stated in the article' };
const kindLabel = { fact: 'Reported fact', claim: 'Quoted claim', opinion: "Author's opinion" };

/** A section page, driven through roles and labels as a student would. */
export class QuizPage {
	readonly questions: RawQuestion[];
	readonly status: Locator;
	readonly checkButton: Locator;
	readonly nextButton: Locator;

	constructor(
		readonly page: Page,
		readonly sectionId: string
	) {
		this.questions = questionsOf(sectionId);
		this.status = page.getByRole('status', { name: 'Answer feedback' });
		this.checkButton = page.getByRole('button', { name: 'Check answer' });
		this.nextButton = page.getByRole('button', { name: /^(Next question|See section results)$/ });
	}

	async goto(hash = '') {
		await this.page.goto(`/m/${MODULE_ID}/${this.sectionId}${hash}`);
		// The Check button is enabled once the page is interactive.
		await expect(this.checkButton.or(this.nextButton).or(this.summaryHeading)).toBeVisible();
		await expect(
			this.checkButton.or(this.nextButton).or(this.summaryHeading).first()
		).toBeEnabled();
	}

	get summaryHeading() {
		return this.page.getByRole('heading', { name: 'Section results' });
	}

	heading(n: number) {
		return this.page.getByRole('heading', { name: `Question ${n} of ${this.questions.length}` });
	}

	/** Gives the right answer to question n (1-based), or a wrong one. */
	async answer(n: number, right: boolean) {
		const q = this.questions[n - 1]!;
		const page = this.page;
		switch (q.type) {
			case 'single': {
				const option = right
					? optionsOf(q).find((o) => o.id === q.answer)
					: optionsOf(q).find((o) => o.id !== q.answer);
				await page.getByRole('radio', { name: option!.text, exact: true }).check();
				break;
			}
			case 'multiple': {
				const keys = q.answer as string[];
				const chosen = right ? keys : [optionsOf(q).find((o) => !keys.includes(o.id))!.id];
				for (const o of optionsOf(q)) {
					const box = page.getByRole('checkbox', { name: o.text, exact: true });
					await box.setChecked(chosen.includes(o.id));
				}
				break;
			}
			case 'truth': {
				const value = right ? (q.answer as string) : q.answer === 'true' ? 'false' : 'true';
				await page
					.getByRole('radio', { name: truthLabel[value as keyof typeof truthLabel], exact: true })
					.check();
				break;
			}
			case 'match': {
				const pairs = q.pairs!;
				for (const [i, p] of pairs.entries()) {
					const target = right ? p : pairs[(i + 1) % pairs.length]!;
					await page
						.getByRole('combobox', { name: p.left, exact: true })
						.selectOption({ label: target.right });
				}
				break;
			}
			case 'classify':
				for (const s of q.statements!) {
					const kind = right ? s.answer : s.answer === 'fact' ? 'opinion' : 'fact';
					await page
						.getByRole('combobox', { name: s.text, exact: true })
						.selectOption({ label: kindLabel[kind] });
				}
				break;
			case 'fill':
				await page
					.getByRole('textbox', { name: 'Your answer' })
					.fill(right ? q.accept![0]! : 'no idea');
				break;
			case 'order':
				if (right) await this.putInOrder(q.items!.map((it) => it.text));
				break;
			case 'locate':
			case 'speaker':
			case 'relation': {
				const choice = choicesOf(q).find((c) => (c.id === q.answer) === right)!;
				await page.getByRole('radio', { name: choice.text, exact: true }).check();
				break;
			}
		}
	}

	/** Moves items with the move-up buttons until the list reads `wanted`. */
	async putInOrder(wanted: string[]) {
		for (const [target, text] of wanted.entries()) {
			const current = await this.orderTexts();
			for (let at = current.indexOf(text); at > target; at--) {
				await this.page.getByRole('button', { name: `Move up: ${text}`, exact: true }).click();
			}
		}
		expect(await this.orderTexts()).toEqual(wanted);
	}

	async orderTexts() {
		return this.page.locator('form ol > li .text').allTextContents();
	}

	async check() {
		await this.checkButton.click();
	}

	/** Presses "Download my progress" on this page; returns the path of the file it saved. */
	async downloadProgress(): Promise<string> {
		const download = this.page.waitForEvent('download');
		await this.page.getByRole('button', { name: 'Download my progress' }).click();
		return (await (await download).path())!;
	}

	/** Answers, checks, and waits until the screen says the answer was saved. */
	async answerAndCheck(n: number, right: boolean) {
		await expect(this.heading(n)).toBeVisible();
		await this.answer(n, right);
		await this.check();
		await expect(this.status).toContainText('Answer saved on this device.');
	}
}
