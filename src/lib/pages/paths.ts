import { resolve } from '$app/paths';
import type { Aid } from '$lib/components/AidsNav.svelte';
import type { ModuleFrom } from './data';

/**
 * The addresses of a module's pages. A site module's pages are prerendered, one address each;
 * a module opened from a file has no page of its own on the server, so its pages are a few
 * shells that read the module and the section from the query (`/file/section?m=…&s=…`).
 */
export interface ModulePaths {
	module: string;
	/** A section's page; with an assignment's code, opened for that assignment. */
	section(id: string, assignment?: string | null): string;
	aid(aid: Aid): string;
}

const q = encodeURIComponent;

export function pathsOf(mod: { id: string; from: ModuleFrom }): ModulePaths {
	const module = mod.id;
	if (mod.from === 'file') {
		const m = `?m=${q(module)}`;
		return {
			module: `${resolve('/file')}${m}`,
			section: (id, a) => `${resolve('/file/section')}${m}&s=${q(id)}${a ? `&a=${q(a)}` : ''}`,
			aid: (aid) => `${resolve(`/file/${aid}`)}${m}`
		};
	}
	// An aid's address has a section's shape (/m/<module>/timeline): section ids never take an
	// aid's name, which the checker reserves.
	const page = (section: string) => resolve('/m/[module]/[section]', { module, section });
	return {
		module: resolve('/m/[module]', { module }),
		section: (section, a) => `${page(section)}${a ? `?a=${q(a)}` : ''}`,
		aid: page
	};
}
