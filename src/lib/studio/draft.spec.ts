import { describe, expect, it } from 'vitest';
import { parseArticle } from '$lib/module/article';
import { setHeading, toggleBreak } from './draft';
import { checkDraft } from './checks';
import { addEvent, eventsOf, sentencesByPosition } from './events';
import { addQuestion, questionsOf } from './questions';
import { articleOf } from './files';
import { draftFromText, readText } from './read';

describe('a text read into the studio', () => {
	it('parts paragraphs at blank lines, joins a paragraph’s lines, and keeps quotations', () => {
		const { paragraphs } = readText(
			'First line\nof one paragraph.\n\n> A quotation\n> on two lines.\n\nLast one.\r\n'
		);
		expect(paragraphs).toEqual([
			{ text: 'First line of one paragraph.', quote: false },
			{ text: 'A quotation on two lines.', quote: true },
			{ text: 'Last one.', quote: false }
		]);
	});

	it('reads a module’s article.md as the app does, spaces and all', () => {
		const { paragraphs } = readText(
			'## Part {#part}\n\nTwo  spaces and a\u00a0non-breaking one.\n',
			true
		);
		expect(paragraphs[0]!.text).toBe('Two  spaces and a\u00a0non-breaking one.');
	});

	it('takes each line as a paragraph when the text has no blank lines, as a web page copy has', () => {
		const { paragraphs } = readText('One paragraph.\nAnother one.\nA third.');
		expect(paragraphs.map((p) => p.text)).toEqual(['One paragraph.', 'Another one.', 'A third.']);
	});

	it('takes "# " before the text as the title and "## " headings as sections', () => {
		const draft = draftFromText(
			'# The Suez crisis\n\nEgypt took the canal.\n\n## The war {#war}\n\nIsrael attacked.\n\n## The war\n\nThe US pressed them.',
			'd',
			1
		);
		expect(draft.about.title).toBe('The Suez crisis');
		expect(draft.sections).toEqual([
			{ at: 0, title: '', id: 'section-1' },
			// An id the heading gives is kept, whatever the heading becomes.
			{ at: 1, title: 'The war', id: 'war', fixed: true },
			{ at: 2, title: 'The war', id: 'the-war' }
		]);
	});
});

describe('sections in the studio', () => {
	const draft = draftFromText('One.\n\nTwo.\n\nThree.', 'd', 1);

	it('a break starts a section at a paragraph, and taking it away joins the two again', () => {
		const split = toggleBreak(draft, 2);
		expect(split.sections.map((s) => s.at)).toEqual([0, 2]);
		expect(toggleBreak(split, 2).sections.map((s) => s.at)).toEqual([0]);
		// The first paragraph always starts a section.
		expect(toggleBreak(draft, 0)).toBe(draft);
	});

	it('a heading gives its section an id that follows it and stays unique', () => {
		let c = toggleBreak(draft, 1);
		c = setHeading(c, 0, 'Egypt takes the canal');
		c = setHeading(c, 1, 'Egypt takes the canal!');
		expect(c.sections.map((s) => s.id)).toEqual([
			'egypt-takes-the-canal',
			'egypt-takes-the-canal-2'
		]);
	});

	it('a question and an event follow their section when its heading changes or it is joined', () => {
		let c = setHeading(toggleBreak(draft, 1), 1, 'The war');
		const [, two] = sentencesByPosition(c);
		c = addEvent(c, two!, []);
		c = addQuestion(c, 'single', 'the-war', {}).content;
		c = setHeading(c, 1, 'The short war');
		expect(c.sections[1]!.id).toBe('the-short-war');
		expect(questionsOf(c)[0]!.section).toBe('the-short-war');
		expect(eventsOf(c)[0]!.section).toBe('the-short-war');
		expect(checkDraft(c).some((x) => /no section/.test(x.message))).toBe(false);
		// Joined to the section before, its parts go with its paragraphs.
		c = toggleBreak(c, 1);
		expect(questionsOf(c)[0]!.section).toBe('section-1');
		expect(eventsOf(c)[0]!.section).toBe('section-1');
		// Split again, what the new part alone says goes with it; what the first part says stays.
		const [one] = sentencesByPosition(c);
		c = addEvent(c, one!, []);
		c = toggleBreak(c, 1);
		expect(eventsOf(c).map((e) => [e.evidence[0], e.section])).toEqual([
			['One.', 'section-1'],
			['Two.', 'section-2']
		]);
		expect(questionsOf(c)[0]!.section).toBe('section-1');
	});

	it('writes an article.md that the app reads back as the same sections and sentences', () => {
		const c = setHeading(
			setHeading(
				toggleBreak(draftFromText('A first. A second.\n\n> Quoted.\n\nThird.', 'd', 1), 2),
				0,
				'Start'
			),
			1,
			'End'
		);
		const { sections, problems } = parseArticle(articleOf(c));
		expect(problems).toEqual([]);
		expect(sections.map((s) => [s.id, s.title])).toEqual([
			['start', 'Start'],
			['end', 'End']
		]);
		expect(sections[0]!.paragraphs.map((p) => [p.quote, p.sentences.map((x) => x.text)])).toEqual([
			[false, ['A first.', 'A second.']],
			[true, ['Quoted.']]
		]);
	});
});
