import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'.bench/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['playwright.config.ts', 'src/service-worker.ts'] },
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			// Dexie and IndexedDB work is all promises: one left floating loses an error or a write.
			'@typescript-eslint/no-floating-promises': 'error',
			'svelte/no-at-html-tags': 'error',
			'no-undef': 'off'
		}
	},
	{
		// Pages and components reach storage through the state layer only (docs/architecture.md).
		files: ['src/routes/**', 'src/lib/components/**', 'src/lib/pages/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/db', '$lib/db/*'],
							allowTypeImports: true,
							message: 'Reach storage through $lib/state.'
						}
					],
					paths: [
						{
							name: '$lib/state/storage.svelte',
							importNames: ['withDatabase'],
							message: 'Call a domain function of $lib/state instead.'
						}
					]
				}
			]
		}
	},
	{
		// Records keyed by ids from data (answers, files, modules) have no prototype, so that an
		// id such as "constructor" finds nothing it was not given (src/lib/module/id-record.ts).
		files: [
			'src/lib/module/**',
			'src/lib/results/**',
			'src/lib/machines/**',
			'src/lib/review/**',
			'src/lib/question-types/**',
			'src/lib/assign/**'
		],
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector:
						"CallExpression[callee.object.name='Object'][callee.property.name='fromEntries']",
					message: 'Build a record keyed by ids with idRecord(), or use a Map.'
				},
				{
					selector:
						"VariableDeclarator[id.typeAnnotation.typeAnnotation.typeName.name='Record'] > ObjectExpression.init[properties.length=0]",
					message: 'Build a record keyed by ids with idRecord(), or use a Map.'
				}
			]
		}
	},
	{
		// A module's pages link through `pathsOf` (src/lib/pages/paths.ts), which builds every
		// address with resolve(): a site module's prerendered page, or a file module's shell with
		// its query. The rule cannot follow the call, so links are checked there instead.
		files: [
			'src/lib/pages/**',
			'src/lib/components/AidsNav.svelte',
			'src/lib/components/ReadingCards.svelte',
			'src/routes/a/HandIn*.svelte'
		],
		rules: {
			'svelte/no-navigation-without-resolve': [
				'error',
				{ ignoreLinks: true, ignoreReplaceState: true }
			]
		}
	},
	{
		// Test-only helpers (database, module fixtures) stay out of the app.
		files: ['src/**'],
		ignores: ['src/**/*.spec.ts', 'src/lib/db/testing/**', 'src/lib/server/testing/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ['**/db/testing/*', '**/server/testing/*'], message: 'Test-only.' }] }
			]
		}
	}
);
