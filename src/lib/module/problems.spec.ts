import { describe, expect, it } from 'vitest';
import { listedTwice, Problems, type Path } from './problems';

describe('problems', () => {
	it('reports each repeat of a list at its own place, named when asked', () => {
		const found: string[] = [];
		const at = (path: Path, message: string) => found.push(`${path.join('.')}: ${message}`);
		listedTwice(at, ['a', 'b', 'a', 'a'], ['xs']);
		listedTwice(at, ['c', 'c'], ['ys'], 'option');
		expect(found).toEqual([
			'xs.2: "a" is listed twice',
			'xs.3: "a" is listed twice',
			'ys.1: option "c" is listed twice'
		]);
	});

	it('places a problem at its field path and line, and throws them all at once', () => {
		const problems = new Problems('module.yaml', (path) => (path[0] === 'actors' ? 7 : undefined));
		problems.at(['actors', 0, 'id'], 'bad');
		problems.at(['title'], 'worse');
		expect(problems.list).toEqual([
			{ file: 'module.yaml', place: 'actors[0].id (line 7)', message: 'bad' },
			{ file: 'module.yaml', place: 'title', message: 'worse' }
		]);
		expect(() => problems.throwIfAny()).toThrow('2 problem(s) in module');
	});
});
