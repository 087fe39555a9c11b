import { expect, type Page } from '@playwright/test';
import {
	choicesOf,
	optionsOf,
	siteModule,
	type QuizModule,
	type RawQuestion
} from '../module-data';

export const truthLabel = {
	true: 'True',
	false: 'False',
	'not-stated': 'Not stated in the article'
};
export const kindLabel = {
	fact: 'Reported fact',
	claim: 'Quoted claim',
	opinion: "Author's opinion"
};

/**
 * The answer inputs of a question card, worked as a student works them. Shared by the section
 * quiz and the review page, which ask the same questions with the same inputs.
 */
export class AnswerInputs {
	/** `module`: the module whose actors and places name the choices (this site's by default). */
	constructor(
		readonly page: Page,
		readonly module: QuizModule = siteModule
	) {}

	/** The text of each item of an order question, top to bottom. */
	get orderItems() {
		// The item's text has no role of its own: it sits beside its move buttons in the row.
		return this.page.locator('form ol > li .text');
	}

	moveUpButton(text: string) {
		return this.page.getByRole('button', { name: `Move up: ${text}`, exact: true });
	}

	/** The text box of a fill-in question. */
	get typedAnswer() {
		return this.page.getByRole('textbox', { name: 'Your answer' });
	}

	/** Gives the right answer to `q`, or a wrong one. */
	async give(q: RawQuestion, right: boolean) {
		const page = this.page;
		switch (q.type) {
			case 'single': {
				const option = optionsOf(q).find((o) => (o.id === q.answer) === right)!;
				await page.getByRole('radio', { name: option.text, exact: true }).check();
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
				await this.typedAnswer.fill(right ? q.accept![0]! : 'no idea');
				break;
			case 'order':
				if (right) await this.putInOrder(q.items!.map((it) => it.text));
				break;
			case 'locate':
			case 'speaker':
			case 'relation': {
				const choice = choicesOf(q, this.module).find((c) => (c.id === q.answer) === right)!;
				await page.getByRole('radio', { name: choice.text, exact: true }).check();
				break;
			}
		}
	}

	/** Moves items with the move-up buttons until the list reads `wanted`. */
	async putInOrder(wanted: string[]) {
		for (const [target, text] of wanted.entries()) {
			const current = await this.orderItems.allTextContents();
			for (let at = current.indexOf(text); at > target; at--) await this.moveUpButton(text).click();
		}
		expect(await this.orderItems.allTextContents()).toEqual(wanted);
	}
}
