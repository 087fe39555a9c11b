import { studioText } from '$lib/messages/studio';

/** Words as the author gives them: trimmed, each run of spaces one space. */
export const tidy = (words: string) => words.trim().replace(/\s+/g, ' ');

/**
 * Words taken from the article for a name, a term or a spelling: selected in the text or typed,
 * and only ever accepted as the text writes them, so that they find their mentions. `problem`
 * says why some words were not taken.
 */
export class TextWords {
	problem = $state('');
	// The words last selected in the article: a tap on a button may clear the selection itself.
	#selected = '';

	constructor(private readonly text: () => string) {}

	/** Follows the selection in the article's paragraphs; returns the way to stop. */
	follow(): () => void {
		const follow = () => {
			const sel = getSelection();
			const words = sel?.toString().trim() ?? '';
			if (words && sel?.anchorNode?.parentElement?.closest('.paragraph')) this.#selected = words;
		};
		document.addEventListener('selectionchange', follow);
		return () => document.removeEventListener('selectionchange', follow);
	}

	/** Hands the words last selected to `put`, or says to select some first. */
	fromSelection(put: (words: string) => void) {
		if (!this.#selected) return void (this.problem = studioText.noSelection);
		this.problem = '';
		put(tidy(this.#selected));
	}

	/** Whether the text has the words, whole ("Iran" is not in "Iranian"); says so where not. */
	inText(words: string): boolean {
		const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		if (new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(this.text()))
			return true;
		this.problem = studioText.notInText(words);
		return false;
	}
}
