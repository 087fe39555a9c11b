import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkModuleFiles } from '$lib/server/parse-module';
import { ModuleFileError, readModuleFile } from '$lib/module/module-file';
import { setAbout, setHeading, setModuleId, type DraftContent } from './draft';
import { moduleFileText } from './export';
import { articleOf, moduleDataOf } from './files';
import { draftFromModule } from './read';
import { toYaml, type YamlMap } from './yaml-out';

const folder = 'content/modules/iraq-crisis-2014';
const article = readFileSync(`${folder}/article.md`, 'utf8');
const yamlText = readFileSync(`${folder}/module.yaml`, 'utf8');
const opened = () => draftFromModule(article, parse(yamlText) as Record<string, unknown>, 'd', 1);
const rebuilt = (content: DraftContent) =>
	checkModuleFiles(folder, toYaml(moduleDataOf(content) as YamlMap), articleOf(content));

describe('a module opened in the studio', () => {
	it('exports files that resolve to the same module, with no error and no warning', () => {
		const { module: original } = checkModuleFiles(folder, yamlText, article);
		const { module, problems } = rebuilt(opened());
		expect(problems).toEqual([]);
		expect(module).toStrictEqual(original);
	});

	it('shows the module’s own fields in the form and keeps its section ids when a heading changes', () => {
		const draft = opened();
		expect(draft.about).toMatchObject({
			title: 'The Iraq crisis of June 2014',
			headline: 'Iraq Crisis threatens to Ignite Regional War',
			author: 'Bill Van Auken',
			kind: 'opinion'
		});
		const renamed = setHeading(
			setAbout(draft, 'summary', 'A new summary.'),
			0,
			'The march on Baghdad'
		);
		expect(renamed.sections[0]).toMatchObject({ id: 'offensive', title: 'The march on Baghdad' });
		// The questions of that section still find it.
		const { module, problems } = rebuilt(renamed);
		expect(problems.filter((p) => !p.warning)).toEqual([]);
		expect(module?.sections[0]?.title).toBe('The march on Baghdad');
		expect(module?.summary).toBe('A new summary.');
	});
});

describe('a module file made in the studio', () => {
	const none = new Set<string>();
	const refusal = (p: Promise<unknown>) =>
		p.then(
			() => 'made',
			(e: unknown) => (e instanceof ModuleFileError ? e.problem : e)
		);

	it('opens as the very module its folder builds', async () => {
		const { module: original } = checkModuleFiles(folder, yamlText, article);
		const { module } = await readModuleFile(await moduleFileText(opened(), none), none);
		expect(module).toStrictEqual(original);
	});

	it('is not made under the short name of a module the site has, until it is given its own', async () => {
		const site = new Set(['iraq-crisis-2014']);
		expect(await refusal(moduleFileText(opened(), site))).toBe('built-in');
		const own = setModuleId(opened(), 'iraq-crisis-2014-class-7b');
		const { module } = await readModuleFile(await moduleFileText(own, site), site);
		expect(module.id).toBe('iraq-crisis-2014-class-7b');
	});

	it('is not made while the checks show an error', async () => {
		expect(await refusal(moduleFileText(setModuleId(opened(), 'Not An Id'), none))).toBe('broken');
	});
});
