import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { gazetteerText } from './scripts/gazetteer.mjs';

/** The studio's place search reads its gazetteer from `virtual:gazetteer`, made only when asked. */
function gazetteer(): Plugin {
	const id = '\0virtual:gazetteer';
	return {
		name: 'lectern-gazetteer',
		resolveId: (source) => (source === 'virtual:gazetteer' ? id : undefined),
		load: (loading) =>
			loading === id ? `export default ${JSON.stringify(gazetteerText())};` : undefined
	};
}

export default defineConfig({
	plugins: [sveltekit(), gazetteer()],
	// The studio's place search runs in a worker, which Vite builds with its own plugins.
	worker: { plugins: () => [gazetteer()] },
	build: {
		rolldownOptions: {
			output: {
				advancedChunks: {
					// The string tables a student's pages share travel as one chunk: split by area,
					// they made many tiny chunks, and each compresses worse alone (the section page,
					// which needs them all, grew by 1 KB).
					groups: [
						{
							name: 'messages',
							test: /src[\\/]lib[\\/]messages[\\/](app|source|progress|quiz|storage|aids|rules)\.ts/
						},
						// Likewise the state layer's small modules every student page reaches storage through.
						{
							name: 'state',
							test: /src[\\/]lib[\\/]state[\\/](storage\.svelte|live\.svelte|assignments|progress\.svelte|answers|problems)\.ts/
						}
					]
				}
			}
		}
	},
	resolve: {
		alias: [
			// Dexie's package entry wraps its UMD build, which minifies worse; its ES2018 module
			// build is 1.3 KB smaller gzipped. The app bundles a single copy, so the wrapper's guard
			// against two copies is not needed.
			{
				find: /^dexie$/,
				replacement: fileURLToPath(
					new URL('./node_modules/dexie/dist/modern/dexie.mjs', import.meta.url)
				)
			}
		]
	},
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		setupFiles: ['src/test-setup.ts']
	}
});
