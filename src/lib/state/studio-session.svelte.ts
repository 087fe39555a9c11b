import { problemOf, type StorageProblem } from '$lib/db/problem';
import type { DraftContent, StudioDraft } from '$lib/studio/draft';
import { History } from '$lib/studio/history';
import { saveDraft } from './studio.svelte';

/** Where the draft on screen stands against what is stored. */
export type DraftSaving =
	| { state: 'saved' }
	| { state: 'pending' }
	| { state: 'not-kept' }
	| { state: 'changed-elsewhere' }
	| { state: 'failed'; problem: StorageProblem };

/** How long typing may pause before the draft is written: each write is its own transaction. */
const SAVE_AFTER_MS = 400;

/**
 * One draft open in the studio: its content, undo and redo, and its saving. Every edit goes
 * through `edit`, so that each is one undo step and reaches the disk. "Saved" shows only once
 * the write has committed; a failed write leaves what was stored before as it was.
 */
export class StudioSession {
	content = $state.raw<DraftContent>() as DraftContent;
	saving = $state.raw<DraftSaving>({ state: 'saved' });
	canUndo = $state(false);
	canRedo = $state(false);
	#history: History<DraftContent>;
	#draft: StudioDraft;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#writing: Promise<void> = Promise.resolve();
	/** The stored draft's `updatedAt` this one is edited from; null before it is first stored. */
	#basedOn: number | null;
	/** Another tab saved this draft since: this one writes nothing more over it. */
	#elsewhere = false;

	/** `stored`: the draft was read from the database (not made just now). */
	constructor(draft: StudioDraft, stored: boolean) {
		this.#draft = draft;
		this.#basedOn = stored ? draft.updatedAt : null;
		const { about, paragraphs, sections, rest } = draft;
		this.content = { about, paragraphs, sections, rest };
		this.#history = new History(this.content);
	}

	get id(): string {
		return this.#draft.id;
	}

	/** Applies an edit. Edits of one `group` in a row (one field typed into) undo together. */
	edit(change: (content: DraftContent) => DraftContent, group: string | null = null): void {
		const next = change(this.content);
		if (next === this.content) return;
		this.#history.push(next, group);
		this.#show(next);
	}

	/** Ends a group of edits: the next one in the same field is a step of its own. */
	seal(): void {
		this.#history.seal();
	}

	undo(): void {
		const previous = this.#history.undo();
		if (previous) this.#show(previous);
	}

	redo(): void {
		const next = this.#history.redo();
		if (next) this.#show(next);
	}

	/** Writes the draft as it stands, at once: a draft just started is kept before it is shown. */
	saveNow(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.saving = { state: 'pending' };
		return this.#write();
	}

	/** Whether every edit is on disk (or this browser keeps nothing): the draft may be closed. */
	get settled(): boolean {
		return this.saving.state === 'saved' || this.saving.state === 'not-kept';
	}

	/** Writes now what is waiting to be written (leaving the page, closing the draft). */
	flush(): Promise<void> {
		if (this.#timer === undefined) return this.#writing;
		clearTimeout(this.#timer);
		this.#timer = undefined;
		return this.#write();
	}

	#show(content: DraftContent) {
		this.content = content;
		this.canUndo = this.#history.canUndo;
		this.canRedo = this.#history.canRedo;
		this.saving = this.#elsewhere ? { state: 'changed-elsewhere' } : { state: 'pending' };
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			this.#timer = undefined;
			void this.#write();
		}, SAVE_AFTER_MS);
	}

	#write(): Promise<void> {
		// Writes go one after another, so an older draft never lands after a newer one.
		this.#writing = this.#writing.then(async () => {
			const content = this.content;
			const row: StudioDraft = { ...this.#draft, ...content, updatedAt: Date.now() };
			if (this.#elsewhere) return void (this.saving = { state: 'changed-elsewhere' });
			try {
				const kept = await saveDraft(row, this.#basedOn);
				if (kept === 'changed-elsewhere') {
					this.#elsewhere = true;
					return void (this.saving = { state: kept });
				}
				this.#draft = row;
				if (kept === 'saved') this.#basedOn = row.updatedAt;
				// Only the latest edit's write may say "saved": a later edit is still pending.
				if (this.content === content && this.#timer === undefined)
					this.saving = kept === 'saved' ? { state: 'saved' } : { state: 'not-kept' };
			} catch (e) {
				this.saving = { state: 'failed', problem: problemOf(e) };
			}
		});
		return this.#writing;
	}
}
