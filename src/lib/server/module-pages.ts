import { error } from '@sveltejs/kit';
import { appText } from '$lib/messages/app';
import type { Module } from '$lib/module/types';
import { getModule } from './content';

/** The module a page's address names; a module that does not exist is a 404. */
export function moduleOr404(id: string): Module {
	const mod = getModule(id);
	if (!mod) error(404, appText.noSuchModule);
	return mod;
}

/**
 * The load of a reading aid that links back into the text: the module's sections, and what
 * `pick` takes from the module for the aid itself.
 */
export const aidPage =
	<T extends object>(pick: (mod: Module) => T) =>
	({ params }: { params: { module: string } }) => {
		const mod = moduleOr404(params.module);
		return { sections: mod.sections.map((s) => ({ id: s.id, title: s.title })), ...pick(mod) };
	};
