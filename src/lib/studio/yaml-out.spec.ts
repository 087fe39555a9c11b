import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toYaml } from './yaml-out';

describe('the studio’s YAML', () => {
	it('reads back as the same data, the first module included', () => {
		const module = parse(
			readFileSync('content/modules/iraq-crisis-2014/module.yaml', 'utf8')
		) as Record<string, never>;
		expect(parse(toYaml(module))).toStrictEqual(module);
	});

	it('quotes text YAML would read as something else, and nothing else', () => {
		const data = {
			answer: 'true',
			date: '2014-06-13',
			count: '31',
			colon: 'Boehner: a jibe',
			hash: 'a #tag',
			quote: '"golden opportunity"',
			dash: '- a list?',
			empty: '',
			plainText: 'ISIS took Mosul.',
			n: 3,
			flag: false,
			list: [],
			items: [{ id: 'a', text: 'One' }, 'two', ['nested']],
			grid: [
				['a', 'b'],
				[{ x: 1, y: [2, 3] }, []]
			]
		};
		const text = toYaml(data);
		expect(parse(text)).toStrictEqual(data);
		expect(text).toContain('plainText: ISIS took Mosul.\n');
		expect(text).toContain('answer: "true"\n');
		expect(text).toContain('list: []\n');
	});
});
