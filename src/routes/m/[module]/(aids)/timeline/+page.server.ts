import { moduleEntries } from '$lib/server/content';
import { moduleOr404 } from '$lib/server/module-pages';
import { timelineAid } from '$lib/pages/data';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = moduleEntries satisfies EntryGenerator;

export const load = (({ params }) =>
	timelineAid(moduleOr404(params.module))) satisfies PageServerLoad;
