import { expect, type Locator, type Page } from '@playwright/test';
import { actorName } from '../module-data';
import { ActorsPage } from './actors-page';

/** The cards that names and hard words in the article open (native popovers). */
export class ReadingCards {
	readonly article: Locator;

	constructor(readonly page: Page) {
		this.article = page.getByRole('article');
	}

	/**
	 * Every mention of an actor in the text, whatever words it uses. The buttons are named by
	 * their words, so only the card they open tells which actor they name.
	 */
	mentionsOf(actorId: string) {
		return this.article.locator(`button[popovertarget="card-actor-${actorId}"]`);
	}

	/** The first name in the text (any actor), and the first hard word: told apart by class only. */
	get firstMention() {
		return this.article.locator('button.mention').first();
	}

	get firstWord() {
		return this.article.locator('button.term').first();
	}

	/** A name or word in the text, by the words shown. */
	word(text: string) {
		return this.article.getByRole('button', { name: text, exact: true });
	}

	card(name: string) {
		return this.page.getByRole('dialog', { name });
	}

	actorCard(actorId: string) {
		return this.card(actorName(actorId));
	}

	/** Follows an open actor card's link to the actor's entry in Who's who. */
	async openInWhosWho(actorId: string) {
		await this.page.getByRole('link', { name: `${actorName(actorId)} in Who's who` }).click();
		return new ActorsPage(this.page);
	}

	get anyCard() {
		return this.page.getByRole('dialog');
	}

	/** Clicks (or on a phone, taps) a name or word; waits until a card is open. */
	async open(word: Locator, { tap = false } = {}) {
		if (tap) await word.tap();
		else await word.click();
		await expect(this.anyCard).toBeVisible();
	}

	async close(card: Locator) {
		await card.getByRole('button', { name: 'Close' }).click();
		await expect(card).toBeHidden();
	}
}
