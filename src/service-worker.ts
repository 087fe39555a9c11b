/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

/**
 * Offline after one visit: the whole build is cached when the worker installs, every page of
 * every module with its data, so a student on a train can open any section. A new version
 * waits until the page asks it to take over (the student pressed "Update"), so nothing changes
 * under a quiz in progress.
 */
const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `lectern-${version}`;

/**
 * The studio's name finder (a worker that carries an NLP package) and its gazetteer: cached once
 * a teacher has used them, not on install for every student.
 */
const onUse = (path: string) => /\/workers\/(suggest|gazetteer)\.worker-[^/]*\.js$/.test(path);

// Every page, with the data SvelteKit fetches to show it without a full reload.
const ASSETS = [...build.filter((f) => !onUse(f)), ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			// The first worker takes the open page at once, so it works offline without a reload.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'lectern:update') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are matched without their query: /m/x/y?a=<assignment> is the page /m/x/y.
			const cached = await cache.match(url.pathname, { ignoreSearch: true });
			if (cached) return cached;
			try {
				const response = await fetch(request);
				if (onUse(url.pathname) && response.ok) await cache.put(url.pathname, response.clone());
				return response;
			} catch (error) {
				// Offline and not cached: an address this version does not have.
				const home = request.mode === 'navigate' ? await cache.match('/') : undefined;
				if (home) return home;
				throw error;
			}
		})()
	);
});
