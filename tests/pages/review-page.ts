import { type Page } from '@playwright/test';
import type { RawQuestion } from '../module-data';
import { AnswerInputs } from './answers';

/** The Review page: the questions due across all modules, asked again one by one. */
export class ReviewPage {
	static readonly path = '/review';
	readonly heading;
	readonly inputs;
	readonly status;
	readonly doneHeading;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.inputs = new AnswerInputs(page);
		this.status = page.getByRole('status').filter({ hasText: 'Review saved' });
		this.doneHeading = page.getByRole('heading', { name: 'That is all for now. Well done.' });
	}

	async goto() {
		await this.page.goto(ReviewPage.path);
	}

	/** "n question(s) to review". */
	dueHeading(count: number) {
		return this.page.getByRole('heading', {
			name: `${count} question${count === 1 ? '' : 's'} to review`
		});
	}

	/** The question being asked: its prompt names the group of its answer inputs. */
	asked(prompt: string | RegExp) {
		return this.page.getByRole('group', { name: prompt });
	}

	async answer(q: RawQuestion, right: boolean) {
		await this.inputs.give(q, right);
	}

	async check() {
		await this.page.getByRole('button', { name: 'Check answer' }).click();
	}

	async next() {
		await this.page.getByRole('button', { name: 'Next question' }).click();
	}
}
