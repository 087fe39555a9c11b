import { actorCards } from '$lib/module/cards';
import { moduleEntries } from '$lib/server/content';
import { aidPage } from '$lib/server/module-pages';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = moduleEntries satisfies EntryGenerator;

export const load = aidPage((mod) => ({ actors: actorCards(mod) })) satisfies PageServerLoad;
