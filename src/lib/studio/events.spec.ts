import { describe, expect, it } from 'vitest';
import { addActor } from './actors';
import { checkDraft } from './checks';
import { toggleBreak } from './draft';
import {
	addEvent,
	eventsOf,
	markersOf,
	moveEvent,
	sentencesByPosition,
	suggestReporting
} from './events';
import { draftFromModule, draftFromText } from './read';

const draft = () =>
	addActor(
		toggleBreak(
			draftFromText(
				'Egypt took the canal. Egypt reportedly closed it.\n\n“We will stay,” Britain said.\n\nIsrael attacked.',
				'd',
				1
			),
			2
		),
		'Egypt'
	);

describe('events in the studio', () => {
	it('suggests how a sentence reports what happened, from the words that say so', () => {
		expect(markersOf('Egypt reportedly closed it.')).toEqual(['reportedly']);
		expect(suggestReporting('Egypt reportedly closed it.')).toBe('unconfirmed');
		expect(suggestReporting('“We will stay,” Britain said.')).toBe('quoted');
		expect(suggestReporting('Israel attacked.')).toBe('fact');
	});

	it('makes an event of a sentence, in the order of the text, with the actors it names', () => {
		const sentences = sentencesByPosition(draft());
		expect(sentences.map((s) => [s.section, s.position])).toEqual([
			['section-1', 0],
			['section-1', 1],
			['section-1', 2],
			['section-2', 3]
		]);
		let c = addEvent(draft(), sentences[3]!, []);
		c = addEvent(c, sentences[1]!, [{ id: 'egypt', name: 'Egypt', aliases: [] }]);
		expect(
			eventsOf(c).map((e) => [e.order, e.evidence[0], e.section, e.actors, e.reported])
		).toEqual([
			[1, 'Egypt reportedly closed it.', 'section-1', ['egypt'], 'unconfirmed'],
			[2, 'Israel attacked.', 'section-2', [], 'fact']
		]);
		// Moved, the numbers follow the list.
		expect(eventsOf(moveEvent(c, 1, -1)).map((e) => [e.order, e.evidence[0]])).toEqual([
			[1, 'Israel attacked.'],
			[2, 'Egypt reportedly closed it.']
		]);
		expect(moveEvent(c, 0, -1)).toBe(c);
	});

	it('has the checker’s words about an event placed at its field', () => {
		const c = addEvent(draft(), sentencesByPosition(draft())[3]!, []);
		const fields = checkDraft(c).map((x) => x.field);
		expect(fields).toEqual(expect.arrayContaining(['events.0.place', 'events.0.actors']));
	});

	it('places the checker’s words at the right event of a module that lists its events out of order', () => {
		const event = (id: string, order: number, title: string) => ({
			id,
			title,
			order,
			section: 'section-1',
			actors: [],
			place: 'Suez',
			reported: 'fact',
			evidence: ['Israel attacked.']
		});
		const opened = draftFromModule(
			'Israel attacked.',
			{ events: [event('b', 2, 'B'), event('a', 1, '')] },
			'd',
			1
		);
		expect(eventsOf(opened).map((e) => e.id)).toEqual(['a', 'b']);
		// The untitled event is the first in the studio's list: its message is there too.
		const titles = checkDraft(opened).filter((x) => x.field?.match(/^events\.\d\.title$/));
		expect(titles.map((x) => x.field)).toEqual(['events.0.title']);
	});
});
