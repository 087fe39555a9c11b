import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The reading-settings script in app.html runs before first paint, so it is inline; the policy
// allows exactly its text by hash (SvelteKit hashes only its own bootstrap script).
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const headScripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
	([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`
);

// The hash of the style attribute on SvelteKit's route announcer (its visually-hidden CSS). If a
// SvelteKit update changes it, tests/security.e2e.ts sees the violation.
const ANNOUNCER_STYLE = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered; there is no server at run time.
		adapter: adapter({ strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// The layout registers it, to tell the student when an update is waiting.
		serviceWorker: { register: false },
		// A <meta> policy on every page: scripts only from this origin or hashed inline, nothing
		// fetched from anywhere else. frame-ancestors needs a real header; docs/security.md says so.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...headScripts],
				'style-src': ['self'],
				// SvelteKit's route announcer is hidden by a style attribute; only that one is allowed.
				'style-src-attr': ['unsafe-hashes', ANNOUNCER_STYLE],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'media-src': ['none'],
				'object-src': ['none'],
				'frame-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
