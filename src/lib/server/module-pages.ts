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
