import { describe, expect, it } from 'vitest';
import { addActor } from './actors';
import { checkDraft } from './checks';
import { toggleBreak } from './draft';
import {
	addEvent,
	eventsOf,
	markersOf,
	moveEvent,
	placesIn,
	sentencesByPosition,
	setEvent,
	suggestReporting,
	toggleEventPlace
} from './events';
import { addPlace, removePlace } from './places/edit';
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

	it('names where an event happened from the draft’s places, and forgets a place removed', () => {
		let c = addPlace(draft(), { name: 'Suez', kind: 'city', lat: 29.97, lon: 32.53 });
		c = addEvent(c, sentencesByPosition(c)[0]!, []);
		c = toggleEventPlace(c, 0, 'suez', 'Suez');
		expect(placesIn(eventsOf(c)[0]!)).toEqual(['suez']);
		// Nothing was written under "where it happened": the place's name is, to change at will.
		expect(eventsOf(c)[0]!.place).toBe('Suez');
		const written = setEvent(c, 0, 'place', 'the canal zone');
		expect(eventsOf(toggleEventPlace(written, 0, 'cairo', 'Cairo'))[0]!.place).toBe(
			'the canal zone'
		);
		expect(placesIn(eventsOf(toggleEventPlace(c, 0, 'suez'))[0]!)).toEqual([]);
		expect(eventsOf(removePlace(c, 0))[0]!.places).toEqual([]);
	});
});
