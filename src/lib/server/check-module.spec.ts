import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFolders } from './check-folders';
import { checkModuleFiles } from './parse-module';
import { article, singleQuestion, yaml } from './testing/tiny-module';

const warningsOf = (yamlText: string, articleText = article) =>
	checkModuleFiles('content/modules/tiny', yamlText, articleText)
		.problems.filter((p) => p.warning)
		.map((p) => `${p.place.split(' ')[0]}: ${p.message}`);

const truth = (id: string, statement: string, answer: string) => `  - id: ${id}
    section: part
    type: truth
    prompt: True, false or not stated?
    hint: Read the first sentence.
    explanation: The article says so.
    evidence: ["ISIS took Mosul."]
    statement: ${statement}
    answer: "${answer}"
`;

describe('the module checker’s advice (warnings: the module still builds)', () => {
	it('a module that keeps the guide’s rules builds with only the advice that applies', () => {
		const { module } = checkModuleFiles('content/modules/tiny', yaml(), article);
		expect(module?.id).toBe('tiny');
		// One section of one question: fewer than the guide asks for.
		expect(warningsOf(yaml())).toEqual([': section "part" has 1 question: aim for at least 5']);
	});

	it('names actors and events no question asks about, and aliases the text never uses', () => {
		const found = warningsOf(
			yaml()
				.replace('    aliases: []\n', '')
				.replace('    kind: armed-group\n', '    kind: armed-group\n    aliases: [Daesh]\n')
				.replace(
					'    actors: [isis]\n    events: [mosul]\n    options',
					'    actors: []\n    events: []\n    options'
				)
		);
		expect(found).toEqual(
			expect.arrayContaining([
				'actors[0]: actor "isis" is in no question: add it to the actors of one that involves it',
				'events[0]: event "mosul" is in no question: add it to the events of one that asks about it',
				'actors[0].aliases[0]: "Daesh" does not occur in the article: remove it'
			])
		);
	});

	it('warns when the right option is always the longest, and when one stands out', () => {
		const questions = [
			singleQuestion('q2', 'The armed group ISIS, an offshoot of Al Qaeda', 'Obama'),
			singleQuestion('q3', 'ISIS fighters', 'Obama'),
			singleQuestion('q4', 'ISIS fighters', 'Iraqi troops'),
			singleQuestion('q5', 'ISIS fighters', 'Obama')
		].join('');
		const found = warningsOf(yaml(questions));
		expect(found).toContain(
			'questions: in 4 of 5 one-answer questions the right option is the longest: vary which is longest'
		);
		expect(found).toContain(
			'questions[1]: the right option is much longer than the others: write wrong options as long, from the text'
		);
		// Not where the right option is a few letters longer.
		expect(found.filter((w) => w.startsWith('questions[3]'))).toEqual([]);
	});

	it('warns when true/false/not-stated leans to one answer, or a form of words always has the same one', () => {
		const questions = [
			truth('t1', 'The article confirms that Mosul fell.', 'false'),
			truth('t2', 'The article states as a fact that Obama spoke.', 'false'),
			truth('t3', 'The article quotes ISIS.', 'false'),
			truth('t4', 'Obama spoke.', 'true')
		].join('');
		expect(warningsOf(yaml(questions))).toEqual(
			expect.arrayContaining([
				'questions: 3 of 4 true/false/not-stated statements are "false": balance the three answers',
				'questions: all 3 statements that say the article confirms, states or quotes something are "false": vary the answer or the wording'
			])
		);
	});
});

describe('npm run check:modules (checkFolders)', () => {
	it('checks every folder, counts errors and warnings apart, and names a missing file', () => {
		const root = mkdtempSync(join(tmpdir(), 'modules-'));
		for (const [name, text] of [
			['tiny', yaml()],
			['broken', yaml().replace('    prompt:', '    promt:')]
		] as const) {
			mkdirSync(join(root, name));
			writeFileSync(join(root, name, 'module.yaml'), text.replace('id: tiny', `id: ${name}`));
			writeFileSync(join(root, name, 'article.md'), article);
		}
		mkdirSync(join(root, 'empty'));
		const reports = checkFolders(root);
		expect(reports.map((r) => [r.folder.slice(root.length + 1), r.errors, r.warnings])).toEqual([
			['broken', 2, 0],
			['empty', 2, 0],
			['tiny', 0, 1]
		]);
		expect(reports[0]!.lines).toContain(
			`${root}/broken/module.yaml questions[0].promt (line 32): "promt" is not a field here: did you mean "prompt"?`
		);
		expect(reports[1]!.lines).toEqual([
			`${root}/empty/module.yaml: the file is missing`,
			`${root}/empty/article.md: the file is missing`
		]);
		expect(reports[2]!.lines).toEqual([
			`${root}/tiny/article.md: warning: section "part" has 1 question: aim for at least 5`
		]);
	});

	it('checks a folder given by its path, outside the root, against its own name', () => {
		const elsewhere = join(mkdtempSync(join(tmpdir(), 'export-')), 'tiny');
		mkdirSync(elsewhere);
		writeFileSync(join(elsewhere, 'module.yaml'), yaml());
		writeFileSync(join(elsewhere, 'article.md'), article);
		const [report] = checkFolders('content/modules', [elsewhere]);
		expect(report).toMatchObject({ folder: elsewhere, errors: 0, warnings: 1 });
	});
});

describe('docs/authoring.md', () => {
	it('its starter module.yaml builds, with only the advice a one-question module gets', () => {
		const guide = readFileSync('docs/authoring.md', 'utf8');
		const starter = /## A starter module\.yaml[\s\S]*?```yaml\n([\s\S]*?)```/.exec(guide)?.[1];
		expect(starter).toBeDefined();
		const text = `## First part {#first-part}

Someone Important leads Some Group. The sentence that says so, copied from article.md. The sentence. A hard word is used here.
`;
		const { module, problems } = checkModuleFiles('content/modules/my-module', starter!, text);
		expect(problems.filter((p) => !p.warning)).toEqual([]);
		expect(module?.questions).toHaveLength(1);
	});
});

describe('the relation type’s advice', () => {
	const obama = `  - id: obama
    name: Obama
    kind: person
    role: Spoke.
`;
	const relations = `relations:
  - { from: isis, type: fights, to: obama, section: part, evidence: ["ISIS took Mosul."] }
`;
	const asking = (options: string) => `  - id: q2
    section: part
    type: relation
    prompt: Whom does ISIS fight?
    hint: Read the first sentence.
    explanation: The article says so.
    evidence: ["ISIS took Mosul."]
    ask: { from: isis, type: fights }
    options: [${options}]
    answer: obama
    actors: [isis, obama]
`;
	const withObama = (question: string, extra = '') =>
		yaml(question, relations + extra).replace('events:', `${obama}events:`);

	it('warns when no wrong option takes part in that kind of relation: only one answer is possible', () => {
		const warning =
			'questions[1]: only the right option takes part in any "fights" relation: offer others that do, so that the question needs reading';
		// ISIS is the side the question gives: it is no choice for the other side.
		expect(warningsOf(withObama(asking('obama, isis')))).toContain(warning);
	});
});

describe('the locate type’s advice', () => {
	const map = `map: { west: 30, south: 25, east: 50, north: 40, focus: iraq }
places:
  - { id: iraq, name: Iraq, kind: state, lat: 33, lon: 44 }
  - { id: mosul, name: Mosul, kind: city, lat: 36.34, lon: 43.13 }
  - { id: basra, name: Basra, kind: city, lat: 30.5, lon: 47.8 }
  - { id: najaf, name: Najaf, kind: city, lat: 32, lon: 44.3 }
`;
	const locating = (places: string) => `  - id: q2
    section: part
    type: locate
    prompt: Where did ISIS take a city?
    hint: Read the first sentence.
    explanation: The article says so.
    evidence: ["ISIS took Mosul."]
    places: [${places}]
    answer: mosul
    actors: [isis]
    events: [mosul]
`;
	const module = (places: string, otherEventAt = '') =>
		yaml(locating(places), map).replace(
			'    place: Mosul\n',
			`    place: Mosul\n    places: [mosul${otherEventAt}]\n`
		);
	const warning =
		'questions[1]: only the right place is where any event of the article happens: offer places of other events, so that the question needs reading';

	it('warns when no wrong place is where an event of the article happens', () => {
		expect(warningsOf(module('mosul, basra, najaf'))).toContain(warning);
	});

	it('keeps quiet once a wrong place is where some event happens', () => {
		const text = module('mosul, basra, najaf', ', basra');
		const { problems } = checkModuleFiles('content/modules/tiny', text, article);
		expect(problems.filter((p) => !p.warning)).toEqual([]);
		expect(warningsOf(text)).not.toContain(warning);
	});
});
