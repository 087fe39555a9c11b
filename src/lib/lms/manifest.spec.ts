import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cmi5Course, scorm12Manifest, scorm2004Manifest, type PackageInfo } from './manifest';

const info: PackageInfo = {
	id: 'iraq-crisis-2014',
	title: 'Iraq crisis <threatens> & "ignites"',
	summary: 'An opinion piece, read section by section.',
	language: 'en',
	passMark: 60,
	launch: 'index.html',
	files: ['index.html', '_app/immutable/entry/start.js']
};
const parse = (xml: string) => {
	expect(XMLValidator.validate(xml)).toBe(true);
	return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml);
};

describe('what tells an LMS what a package is', () => {
	it('SCORM 1.2: one SCO launched at its page, with every file and the mastery score', () => {
		const m = parse(scorm12Manifest(info)).manifest;
		expect(m.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: 1.2 });
		const item = m.organizations.organization.item;
		expect(item.title).toBe(info.title);
		expect(item['adlcp:masteryscore']).toBe(60);
		const sco = m.resources.resource;
		expect(sco).toMatchObject({ '@adlcp:scormtype': 'sco', '@href': 'index.html' });
		expect(sco['@identifier']).toBe(item['@identifierref']);
		expect(sco.file.map((f: { '@href': string }) => f['@href'])).toEqual(info.files);
		expect(
			parse(scorm12Manifest({ ...info, passMark: null })).manifest.organizations.organization.item
		).not.toHaveProperty('adlcp:masteryscore');
	});

	it('SCORM 2004 4th edition: the pass mark as the primary objective’s measure', () => {
		const m = parse(scorm2004Manifest(info)).manifest;
		expect(m.metadata.schemaversion).toBe('2004 4th Edition');
		const item = m.organizations.organization.item;
		const objective = item['imsss:sequencing']['imsss:objectives']['imsss:primaryObjective'];
		expect(objective).toMatchObject({
			'@satisfiedByMeasure': 'true',
			'imsss:minNormalizedMeasure': 0.6
		});
		expect(m.resources.resource).toMatchObject({
			'@adlcp:scormType': 'sco',
			'@href': 'index.html'
		});
	});

	it('cmi5: one AU that moves on once completed and passed, with its mastery score', () => {
		const c = parse(cmi5Course(info)).courseStructure;
		expect(c.course['@id']).toBe('urn:lectern:iraq-crisis-2014');
		expect(c.au).toMatchObject({
			'@moveOn': 'CompletedAndPassed',
			'@masteryScore': '0.6',
			url: 'index.html'
		});
		expect(c.au.title.langstring).toMatchObject({ '#text': info.title, '@lang': 'en' });
		expect(parse(cmi5Course({ ...info, passMark: null })).courseStructure.au['@moveOn']).toBe(
			'Completed'
		);
	});

	it('keeps hostile titles and file names as text, and ids to the schema’s letters', () => {
		const hostile = {
			...info,
			id: 'x y"/><script>',
			title: '</title><script>alert(1)</script>\u0001',
			files: ['a"b.html']
		};
		for (const xml of [scorm12Manifest(hostile), scorm2004Manifest(hostile), cmi5Course(hostile)]) {
			expect(xml).not.toContain('<script>');
			parse(xml);
		}
		const m = parse(scorm12Manifest(hostile)).manifest;
		expect(m['@identifier']).toBe('lectern-x-y----script-');
		expect(m.organizations.organization.title).toBe('</title><script>alert(1)</script>');
	});
});
