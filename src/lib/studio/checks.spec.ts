import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkDraft } from './checks';
import { setAbout, setHeading, setModuleId, type DraftContent } from './draft';
import { articleOf, moduleDataOf } from './files';
import { draftFromText } from './read';
import { moduleZip } from './export';
import { addActor } from './actors';
import { sentencesByPosition } from './events';
import { addRelation } from './relations';

const start = () => draftFromText('## Egypt takes the canal\n\nEgypt took the canal.', 'd', 1);

describe('the studio’s checks', () => {
	it('say what the form still needs, each at its field, with the build’s own words', () => {
		const fields = checkDraft(start()).map((c) => c.field);
		expect(fields).toEqual(
			expect.arrayContaining(['about.title', 'about.summary', 'about.author', 'about.date'])
		);
		const filled = (
			['title', 'summary', 'headline', 'author', 'publisher', 'copyright'] as const
		).reduce(
			(c: DraftContent, f) => setAbout(c, f, 'Some words'),
			setAbout(start(), 'date', '1956-07-26')
		);
		// Only the module's parts the form does not yet hold are left.
		expect(checkDraft(filled).map((c) => [c.field, c.message])).toEqual([
			[
				null,
				'the module needs at least one actor (a person, group or state the article names): add one under Actors'
			],
			[null, 'the module needs at least one question']
		]);
	});

	it('put a short name that is not one beside its field, and take the title’s until one is written', () => {
		const titled = setAbout(start(), 'title', 'Suez, 1956');
		expect(moduleDataOf(titled).id).toBe('suez-1956');
		expect(checkDraft(titled).map((c) => c.field)).not.toContain('about.id');
		expect(checkDraft(setModuleId(titled, 'Suez 1956'))).toContainEqual(
			expect.objectContaining({ field: 'about.id', warning: false })
		);
	});

	it('say where a paragraph starts with #, which article.md would read as a heading', () => {
		const c = draftFromText('#MeToo spread fast.\n\nThen it slowed.', 'd', 1);
		expect(checkDraft(c)).toContainEqual(
			expect.objectContaining({ field: null, where: 'Paragraph 1', warning: false })
		);
	});

	it('say what is wrong between the parts of a new draft before its form is filled', () => {
		// No title, no summary, no question yet: the relation is still checked.
		const c = addActor(start(), 'Egypt');
		const [sentence] = sentencesByPosition(c);
		const wrong = addRelation(c, sentence!, 'egypt', 'fights', 'egypt');
		const checks = checkDraft(wrong);
		expect(checks.map((x) => x.field)).toEqual(expect.arrayContaining(['about.title']));
		expect(checks).toContainEqual(
			expect.objectContaining({
				field: 'relations.0.to',
				message: 'an actor cannot be related to itself',
				warning: false
			})
		);
		expect(checkDraft(c).some((x) => x.field?.startsWith('relations'))).toBe(false);
	});

	it('ask for a heading where a section has none', () => {
		const c = setHeading(start(), 0, '');
		expect(checkDraft(c)).toContainEqual(
			expect.objectContaining({
				field: 'sections.0.title',
				where: 'Section 1 heading',
				warning: false
			})
		);
	});
});

describe('the exported module folder', () => {
	it('holds the draft’s article.md and module.yaml in a folder named by its id', () => {
		const c = setAbout(start(), 'title', 'Suez, 1956');
		const files = unzipSync(moduleZip(c));
		expect(Object.keys(files).sort()).toEqual([
			'suez-1956/',
			'suez-1956/article.md',
			'suez-1956/module.yaml'
		]);
		expect(strFromU8(files['suez-1956/article.md']!)).toBe(articleOf(c));
		expect(parse(strFromU8(files['suez-1956/module.yaml']!))).toStrictEqual(moduleDataOf(c));
	});
});
