import { error, json } from '@sveltejs/kit';
import { moduleEntries, moduleSource } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

// A module's own files as data, for the studio to open it: built with the site, cached offline.
export const prerender = true;
export const entries = moduleEntries satisfies EntryGenerator;

export const GET = (({ params }) => {
	const source = moduleSource(params.module);
	if (!source) error(404, 'No such module');
	return json(source);
}) satisfies RequestHandler;
