import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import type { Module } from '$lib/module/types';
import { XSS_CORPUS } from '../../../tests/xss-corpus';
import { parseModule } from './parse-module';

// The pages read their module through content.ts; these tests hand them one built here.
let current: Module;
vi.mock('$lib/server/content', async (original) => ({
	...(await original<typeof import('./content')>()),
	allModules: () => [current],
	getModule: (id: string) => (id === current.id ? current : undefined)
}));

/**
 * A module whose every author-written string is `text(i)`: hostile markup, or plain words to
 * compare with. Module content is untrusted input, like a file a student hands in.
 */
function buildModule(text: (i: number) => string): Module {
	const t = (i: number) => text(i % XSS_CORPUS.length);
	const actor = t(5);
	const term = t(6);
	const article = [
		`## ${t(0)} {#part}`,
		'',
		`ISIS took Mosul. ${actor} spoke. The word ${term} came up.`,
		'',
		...XSS_CORPUS.map((_, i) => `${t(i)}\n`),
		`> ${t(7)}`
	].join('\n');
	const yaml = {
		format: 1,
		id: 'tiny',
		title: t(1),
		summary: t(2),
		language: 'en',
		source: {
			headline: t(3),
			author: t(4),
			publishers: [{ name: t(8), role: 'original' }],
			date: '2014-06-13',
			kind: 'opinion',
			copyright: t(9),
			perspective: t(10)
		},
		actors: [
			{ id: 'isis', name: 'ISIS', kind: 'armed-group', role: t(11), sections: ['part'] },
			{ id: 'speaker', name: actor, kind: 'person', role: t(12), sections: ['part'] }
		],
		events: [
			{
				id: 'mosul',
				title: t(13),
				order: 1,
				section: 'part',
				actors: ['isis'],
				place: t(0),
				reported: 'fact',
				evidence: ['ISIS took Mosul.']
			}
		],
		glossary: [{ term, definition: t(1) }],
		questions: [
			{
				id: 'q1',
				section: 'part',
				type: 'single',
				prompt: t(2),
				hint: t(3),
				explanation: t(4),
				evidence: ['ISIS took Mosul.'],
				actors: ['isis'],
				events: ['mosul'],
				options: [
					{ id: 'a', text: t(5) },
					{ id: 'b', text: t(6), feedback: t(7) }
				],
				answer: 'a'
			}
		]
	};
	// YAML is a superset of JSON.
	return parseModule('content/modules/tiny', JSON.stringify(yaml), article);
}

const routes = import.meta.glob('../../routes/m/\\[module\\]/**/+{page,layout}.{svelte,server.ts}');
const aids = '../../routes/m/[module]/(aids)';
const pages = [
	{ name: 'module', dir: '../../routes/m/[module]', params: { module: 'tiny' } },
	{
		name: 'section',
		dir: '../../routes/m/[module]/[section]',
		params: { module: 'tiny', section: 'part' }
	},
	...[
		{ name: "who's who", aid: 'actors' },
		{ name: 'timeline', aid: 'timeline' },
		{ name: 'glossary', aid: 'glossary' }
	].map(({ name, aid }) => ({
		name,
		dir: `${aids}/${aid}`,
		// The reading aids share a layout: their page is drawn inside it.
		layout: { dir: aids, route: `/m/[module]/(aids)/${aid}` },
		params: { module: 'tiny' }
	}))
];

type Load = { load: (e: unknown) => unknown };
type View = { default: Parameters<typeof render>[0] };

/** The page's HTML as prerendering would write it, for the module given. */
async function renderPage(page: (typeof pages)[number], module: Module) {
	current = module;
	const server = (await routes[`${page.dir}/+page.server.ts`]!()) as Load;
	const component = (await routes[`${page.dir}/+page.svelte`]!()) as View;
	const own = (await server.load({ params: page.params })) as object;
	if (!('layout' in page)) {
		return render(component.default, { props: { data: own, params: page.params } as never }).body;
	}
	const layoutServer = (await routes[`${page.layout.dir}/+layout.server.ts`]!()) as Load;
	const layout = (await routes[`${page.layout.dir}/+layout.svelte`]!()) as View;
	const shared = (await layoutServer.load({
		params: page.params,
		route: { id: page.layout.route }
	})) as object;
	const data = { ...shared, ...own };
	const body = render(component.default, { props: { data, params: page.params } as never }).body;
	const children = createRawSnippet(() => ({ render: () => `<div>${body}</div>` }));
	return render(layout.default, { props: { data, children } as never }).body;
}

/** Every real tag, with its attributes: text never matches, as `<` in text is escaped. */
const tags = (html: string) =>
	[...html.matchAll(/<(\/?[a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)].map(
		([, tag, attrs]) => ({
			tag: tag!,
			attrs: [...attrs!.matchAll(/([^\s=>/"']+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map(
				([, name, ...values]) => ({ name: name!, value: values.find((v) => v !== undefined) ?? '' })
			)
		})
	);

/** The markup without its text and values: each tag and its attribute names, in order. */
const markup = (html: string) =>
	tags(html).map(({ tag, attrs }) => `${tag}(${attrs.map((a) => a.name).join(' ')})`);

/** A sample as it appears in HTML text: shown to the reader exactly as the author wrote it. */
const asText = (x: string) => x.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

describe('hostile module content', () => {
	const shown = new Set<string>();

	it.each(pages)(
		'stays text on the $name page: it adds no element and no attribute',
		{ timeout: 20_000 },
		async (page) => {
			const hostile = await renderPage(
				page,
				buildModule((i) => XSS_CORPUS[i]!)
			);
			const plain = await renderPage(
				page,
				buildModule((i) => `plain words number ${i}`)
			);
			expect(markup(hostile)).toEqual(markup(plain));
			const urls = tags(hostile).flatMap(({ attrs }) => attrs.map((a) => a.value));
			expect(urls.filter((v) => /^\s*javascript:/i.test(v))).toEqual([]);
			for (const x of XSS_CORPUS) if (hostile.includes(asText(x))) shown.add(x);
		}
	);

	// Runs after the pages above (a file's tests run in order).
	it('shows every sample, as text, on at least one page', () => {
		expect(XSS_CORPUS.filter((x) => !shown.has(x))).toEqual([]);
	});
});
