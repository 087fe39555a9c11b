import { describe, expect, it } from 'vitest';
import { ModuleError } from '$lib/module/resolve';
import { parseModule } from './parse-module';
import { article, yaml } from './testing/tiny-module';

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

	it('finds an actor’s sections from its mentions, and refuses an actor the text never names', () => {
		const bare = yaml().replace('    sections: [part]\n', '');
		expect(parseModule('content/modules/tiny', bare, article).actors[0]!.sections).toEqual([
			'part'
		]);
		expect(problems(bare.replace('name: ISIS', 'name: Daesh'))).toEqual([
			expect.objectContaining({
				place: expect.stringMatching(/^actors\[0\]\.name/),
				message: 'the article never names "Daesh": add to aliases a name it uses'
			})
		]);
	});

	it('reports the reference errors behind a schema error, at their own lines', () => {
		const second = `  - id: q2
    section: part
    type: single
    prompt: Who spoke?
    hint: Read the second sentence.
    explanation: The article says so.
    evidence: ["ISIS seized Mosul."]
    actors: [obama]
    events: [mosul]
    options:
      - { id: a, text: Obama }
      - { id: b, text: ISIS }
    answer: a
`;
		const found = problems(yaml(second).replace('    prompt: Who took', '    promt: Who took'));
		expect(found.map((p) => `${p.place}: ${p.message.split(':')[0]}`)).toEqual([
			'questions[0].prompt (line 29): the required field "prompt" is missing',
			'questions[0].promt (line 32): "promt" is not a field here',
			'questions[1].actors[0] (line 49): no actor "obama"',
			'questions[1].evidence[0] (line 48): not found word for word in section "part"'
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
			message: expect.stringMatching(/^must be one of person, armed-group, .*, not "army"$/)
		});
		expect(found).toContainEqual(
			expect.objectContaining({
				place: expect.stringMatching(/^questions\[0\]\.colour/),
				message: expect.stringMatching(
					/^"colour" is not a field here: remove it \(the fields here are id, section, /
				)
			})
		);
	});

	it('says what to do about a misspelt field and a missing one, in plain words', () => {
		const found = problems(
			yaml().replace('    prompt:', '    promt:').replace('    place: Mosul\n', '')
		);
		expect(found.map((p) => `${p.place.split(' ')[0]}: ${p.message}`)).toEqual([
			'events[0].place: the required field "place" is missing: add it',
			'questions[0].prompt: the required field "prompt" is missing: add it',
			'questions[0].promt: "promt" is not a field here: did you mean "prompt"?'
		]);
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
				message: 'not found word for word in section "part": copy the sentence from article.md'
			})
		]);
	});

	it('shows the nearest sentence and the first character that differs, such as a curly apostrophe', () => {
		const found = problems(
			yaml().replace(
				'evidence: ["ISIS took Mosul."]\n    actors: [isis]\n    events',
				`evidence: ['Obama said "I don’t rule out anything."']\n    actors: [isis]\n    events`
			)
		);
		expect(found.map((p) => p.message)).toEqual([
			'not found word for word in section "part". The nearest sentence is "Obama said "I don\'t rule out anything.""; at character 18 the evidence has “’” (U+2019) where the article has “\'” (U+0027)'
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

	it('reports a YAML slip once, at its line, in plain words', () => {
		expect(problems('format: 1\nid: [unclosed\n')).toEqual([
			{
				file: 'content/modules/tiny/module.yaml',
				place: expect.stringMatching(/^line \d+, column \d+$/),
				message: expect.stringContaining('not closed')
			}
		]);
		// A tab in the indentation: one line that names it, not the parser's follow-on complaints.
		const tabbed = yaml().replace('    name: ISIS', '\tname: ISIS');
		expect(problems(tabbed)).toEqual([
			expect.objectContaining({
				place: 'line 15, column 1',
				message: expect.stringMatching(/^a tab is used to indent: YAML indents with spaces only/)
			})
		]);
	});

	it('refuses a newer format version', () => {
		const found = problems(yaml().replace('format: 1', 'format: 2'));
		expect(found[0]?.place).toMatch(/^format/);
	});

	it('reports a heading without an id once, not again in every reference after it', () => {
		const found = problems(yaml(), `## Only part\n\n${article.split('\n').slice(2).join('\n')}`);
		expect(found).toEqual([
			{
				file: 'content/modules/tiny/article.md',
				place: 'line 1',
				message:
					'a section heading reads "## Title {#section-id}": write "## Only part {#only-part}" (or the id your module.yaml uses)'
			},
			{
				file: 'content/modules/tiny/module.yaml',
				place: '',
				message:
					'its references to the article are checked once content/modules/tiny/article.md has no errors'
			}
		]);
	});
});
