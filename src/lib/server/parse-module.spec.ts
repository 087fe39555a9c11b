import { describe, expect, it } from 'vitest';
import { ModuleError } from '$lib/module/resolve';
import { parseModule } from './parse-module';

const article = `## Only part {#part}

ISIS took Mosul. Obama said "I don't rule out anything."
`;

const yaml = (questionExtra = '', top = '') => `format: 1
id: tiny
title: Tiny
summary: A tiny module.
language: en
${top}source:
  headline: Tiny
  author: Someone
  publishers: [{ name: Paper, role: original }]
  date: 2014-06-13
  kind: news
  copyright: Copyright Someone
actors:
  - id: isis
    name: ISIS
    kind: armed-group
    role: Took the city.
    sections: [part]
events:
  - id: mosul
    title: Mosul falls
    order: 1
    section: part
    actors: [isis]
    place: Mosul
    reported: fact
    evidence: ["ISIS took Mosul."]
questions:
  - id: q1
    section: part
    type: single
    prompt: Who took Mosul?
    hint: Read the first sentence.
    explanation: The article says so.
    evidence: ["ISIS took Mosul."]
    actors: [isis]
    events: [mosul]
    options:
      - { id: a, text: ISIS }
      - { id: b, text: Obama }
    answer: a
${questionExtra}`;

function problems(yamlText: string, articleText = article) {
	try {
		parseModule('content/modules/tiny', yamlText, articleText);
	} catch (e) {
		if (e instanceof ModuleError) return e.problems;
		throw e;
	}
	return [];
}

describe('parseModule', () => {
	it('builds a valid module with evidence resolved to sentences', () => {
		const mod = parseModule('content/modules/tiny', yaml(), article);
		expect(mod.questions[0]?.evidenceIds).toEqual(['part-1-1']);
		expect(mod.events[0]?.evidenceIds).toEqual(['part-1-1']);
	});

	it("gives a question its type's reading skill unless it names its own, and refuses unknown ones", () => {
		const speaker = `  - id: q2
    section: part
    type: speaker
    prompt: Who said it?
    hint: Find the quotation.
    explanation: The article names him.
    evidence:
      - Obama said "I don't rule out anything."
    quote: I don't rule out anything.
    options: [isis, obama]
    answer: obama
`;
		const obama = `  - id: obama
    name: Barack Obama
    kind: person
    role: Spoke.
    sections: [part]
`;
		const withObama = (extra: string) =>
			yaml(speaker + extra).replace('events:', `${obama}events:`);
		const mod = parseModule('content/modules/tiny', withObama(''), article);
		expect(mod.questions.map((q) => q.skills)).toEqual([['detail'], ['speaker']]);
		const named = yaml().replace(
			'    events: [mosul]\n',
			'    events: [mosul]\n    skills: [source, argument]\n'
		);
		expect(parseModule('content/modules/tiny', named, article).questions[0]!.skills).toEqual([
			'source',
			'argument'
		]);
		const unknown = yaml().replace(
			'    events: [mosul]\n',
			'    events: [mosul]\n    skills: [guessing]\n'
		);
		expect(problems(unknown).map((p) => p.place)).toEqual([
			expect.stringContaining('questions[0].skills[0]')
		]);
	});

	it('names the file, the place and the problem for a schema error', () => {
		const found = problems(
			yaml()
				.replace('kind: armed-group', 'kind: army')
				.replace('answer: a', 'answer: a\n    colour: red')
		);
		expect(found).toContainEqual({
			file: 'content/modules/tiny/module.yaml',
			place: expect.stringMatching(/^actors\[0\]\.kind \(line 16\)$/),
			message: expect.stringContaining('Invalid type')
		});
		expect(found).toContainEqual(
			expect.objectContaining({ place: expect.stringMatching(/^questions\[0\]\.colour/) })
		);
	});

	it('rejects evidence that is not word for word in the section', () => {
		const found = problems(
			yaml().replace(
				'evidence: ["ISIS took Mosul."]\n    actors: [isis]\n    events',
				'evidence: ["ISIS seized Mosul."]\n    actors: [isis]\n    events'
			)
		);
		expect(found).toEqual([
			expect.objectContaining({
				place: expect.stringMatching(/^questions\[0\]\.evidence\[0\]/),
				message: 'not found word for word in section "part"'
			})
		]);
	});

	it('rejects unknown references and an answer that is not an option', () => {
		const found = problems(
			yaml()
				.replace(
					'actors: [isis]\n    events: [mosul]\n    options',
					'actors: [obama]\n    events: [mosul]\n    options'
				)
				.replace('answer: a', 'answer: c')
		);
		expect(found.map((p) => `${p.place.split(' ')[0]}: ${p.message}`)).toEqual([
			'questions[0].actors[0]: no actor "obama"',
			'questions[0].answer: no option "c"'
		]);
	});

	it('rejects a question in a section the article does not have', () => {
		const found = problems(yaml().replace('section: part\n    type', 'section: nowhere\n    type'));
		expect(found[0]).toMatchObject({
			place: expect.stringMatching(/^questions\[0\]\.section/),
			message: expect.stringContaining('no section "nowhere"')
		});
	});

	it('reports YAML syntax errors with their line', () => {
		const found = problems('format: 1\nid: [unclosed\n');
		expect(found[0]).toMatchObject({
			file: 'content/modules/tiny/module.yaml',
			place: expect.stringMatching(/^line \d+$/)
		});
	});

	it('refuses a newer format version', () => {
		const found = problems(yaml().replace('format: 1', 'format: 2'));
		expect(found[0]?.place).toMatch(/^format/);
	});

	it('reports problems in article.md against that file', () => {
		const found = problems(yaml(), '## No id here\n\ntext\n');
		expect(found[0]).toMatchObject({ file: 'content/modules/tiny/article.md', place: 'line 1' });
	});
});
