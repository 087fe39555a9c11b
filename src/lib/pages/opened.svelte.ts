import type { Module } from '$lib/module/types';
import { fileModule } from '$lib/state/module-files';
import { problemOf } from '$lib/state/problems';
import { getContext, setContext } from 'svelte';

/** A module opened from a file, as its pages find it on this device. */
export type Opened =
	| { state: 'ready'; module: Module }
	| { state: 'missing'; id: string }
	| { state: 'failed'; id: string; problem: string | null; broken: boolean };

/** The module `id` names, read from this device's module files. */
async function openedModule(id: string): Promise<Opened> {
	try {
		const found = id ? await fileModule(id) : null;
		return found ? { state: 'ready', module: found.module } : { state: 'missing', id };
	} catch (e) {
		const broken = e instanceof Error && e.name === 'ModuleFileError';
		return { state: 'failed', id, problem: broken ? null : problemOf(e), broken };
	}
}

/**
 * The module a file module's pages show: read in the browser, since these pages are shells, the
 * same for every module, that find theirs on the device. (Read here rather than in a universal
 * load: one of those would add its code to every page of the site.)
 */
export class OpenedFile {
	/** Null until the first read is done. */
	current = $state.raw<Opened | null>(null);
	#reading = 0;

	async read(id: string): Promise<void> {
		const token = ++this.#reading;
		const found = await openedModule(id);
		// Only the address's latest module is shown.
		if (token === this.#reading) this.current = found;
	}

	#shown: Module | null = null;

	/**
	 * The module, for the pages drawn only once it is ready; while they are taken down (the
	 * module was removed), the one they showed.
	 */
	get module(): Module {
		if (this.current?.state === 'ready') this.#shown = this.current.module;
		if (!this.#shown) throw new Error('No module file is open');
		return this.#shown;
	}
}

const key = Symbol('opened-file');
export const provideOpenedFile = (opened: OpenedFile) => setContext(key, opened);
export const openedFile = (): OpenedFile => getContext(key);
