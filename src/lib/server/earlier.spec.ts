import { describe, expect, it } from 'vitest';
import { ModuleError } from '$lib/module/resolve';
import { checkEarlier, earlierVersions } from './earlier';
import { checkModuleFiles } from './parse-module';
import { article, yaml } from './testing/tiny-module';

const at = (name: string) => `/content/modules/tiny/earlier/${name}`;

describe('earlier versions a module keeps (content/modules/<id>/earlier/<name>/)', () => {
	it('are read as their module, whose version is the one its results files name', () => {
		// The earlier key had the other option right.
		const before = yaml().replace('answer: a', 'answer: b');
		const [kept] = checkEarlier(
			{ [`${at('2026-11')}/module.yaml`]: before },
			{ [`${at('2026-11')}/article.md`]: article }
		);
		const today = checkModuleFiles('content/modules/tiny', yaml(), article).module!;
		expect(kept!.moduleId).toBe('tiny');
		expect(kept!.module.version).not.toBe(today.version);
		expect(kept!.module.questions[0]).toMatchObject({ id: 'q1', answer: 'b' });
	});

	it('fail the build when they do not resolve, lack their article or are another module', () => {
		const read =
			(yamlText: string, articles = { [`${at('x')}/article.md`]: article }) =>
			() =>
				checkEarlier({ [`${at('x')}/module.yaml`]: yamlText }, articles);
		expect(read(yaml().replace('title: Tiny', 'title: 7: ['))).toThrow(ModuleError);
		expect(read(yaml(), {})).toThrow('article.md is missing');
		expect(read(yaml().replace('id: tiny', 'id: other'))).toThrow('must equal its module');
	});

	it('are none for the site’s first module today', () => {
		expect(earlierVersions('iraq-crisis-2014')).toEqual([]);
	});
});
