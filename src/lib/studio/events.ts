import type { reportings } from '$lib/module/kinds';
import { sectionParagraphs, sentencesOf, slugOf, uniqueId, type DraftContent } from './draft';
import { obj, str } from './read';

export type Reporting = (typeof reportings)[number];

/** An event as module.yaml writes it; fields the studio does not edit yet are kept as they were. */
export interface DraftEvent {
	[field: string]: unknown;
	id: string;
	title: string;
	order: number;
	section: string;
	actors: string[];
	place: string;
	reported: Reporting;
	evidence: string[];
}

/** A sentence of the article, where it stands: its section and its place in the whole text. */
export interface DraftSentence {
	text: string;
	section: string;
	position: number;
}

/** Every sentence of the draft, by section, in the order of the text. */
export function sentencesByPosition(
	content: Pick<DraftContent, 'paragraphs' | 'sections'>
): DraftSentence[] {
	let position = 0;
	return sectionParagraphs(content).flatMap((paragraphs, s) =>
		paragraphs.flatMap((p) =>
			sentencesOf(p).map((text) => ({
				text,
				section: content.sections[s]!.id,
				position: position++
			}))
		)
	);
}

/** The draft's events, in the order the article tells them. */
export function eventsOf(content: DraftContent): DraftEvent[] {
	const list = content.rest?.events;
	return (Array.isArray(list) ? list : [])
		.map((x) => {
			const e = obj(x);
			return {
				...e,
				id: str(e.id),
				title: str(e.title),
				order: typeof e.order === 'number' ? e.order : 0,
				section: str(e.section),
				actors: Array.isArray(e.actors) ? e.actors.map(str) : [],
				place: str(e.place),
				reported: (str(e.reported) || 'fact') as Reporting,
				evidence: Array.isArray(e.evidence) ? e.evidence.map(str) : []
			};
		})
		.sort((a, b) => a.order - b.order);
}

/** The list as kept: numbered 1, 2, 3… in its order. */
const withEvents = (content: DraftContent, events: DraftEvent[]): DraftContent => ({
	...content,
	rest: { ...content.rest, events: events.map((e, i) => ({ ...e, order: i + 1 })) }
});

/** The words in a sentence that say how sure the article is of it, as the author sees them. */
export function markersOf(sentence: string): string[] {
	const found: string[] = [];
	for (const word of ['reportedly', 'according to', 'unconfirmed', 'said', 'says', 'claimed'])
		if (new RegExp(`\\b${word}\\b`, 'i').test(sentence)) found.push(word);
	if (/["“”]/.test(sentence)) found.push('quotation marks');
	return found;
}

/** How the sentence seems to report it, from its markers: a suggestion the author confirms. */
export function suggestReporting(sentence: string): Reporting {
	const markers = markersOf(sentence);
	if (markers.some((m) => ['reportedly', 'unconfirmed', 'according to'].includes(m)))
		return 'unconfirmed';
	if (markers.some((m) => ['quotation marks', 'said', 'says', 'claimed'].includes(m)))
		return 'quoted';
	return 'fact';
}

/** Whether the sentence names the actor, by its name or another spelling, as written. */
const names = (sentence: string, a: { name: string; aliases: string[] }) =>
	[a.name, ...a.aliases].some((n) => n && sentence.includes(n));

/**
 * Makes an event of a sentence: its title starts as the sentence (the author shortens it), the
 * actors it names are ticked, and it takes its place in the list by where the sentence stands.
 */
export function addEvent(
	content: DraftContent,
	sentence: DraftSentence,
	actors: readonly { id: string; name: string; aliases: string[] }[]
): DraftContent {
	const events = eventsOf(content);
	const positions = new Map(sentencesByPosition(content).map((s) => [s.text, s.position]));
	const at = events.findIndex(
		(e) => (positions.get(e.evidence[0] ?? '') ?? Infinity) > sentence.position
	);
	const event: DraftEvent = {
		id: uniqueId(
			slugOf(sentence.text.split(/\s+/).slice(0, 5).join(' ')),
			events.map((e) => e.id)
		),
		title: sentence.text.length > 160 ? `${sentence.text.slice(0, 157)}…` : sentence.text,
		order: 0,
		section: sentence.section,
		actors: actors.filter((a) => names(sentence.text, a)).map((a) => a.id),
		place: '',
		reported: suggestReporting(sentence.text),
		evidence: [sentence.text]
	};
	const next = [...events];
	next.splice(at === -1 ? events.length : at, 0, event);
	return withEvents(content, next);
}

export function setEvent<K extends 'title' | 'place' | 'reported'>(
	content: DraftContent,
	index: number,
	field: K,
	value: DraftEvent[K]
): DraftContent {
	return withEvents(
		content,
		eventsOf(content).map((e, i) => (i === index ? { ...e, [field]: value } : e))
	);
}

export function toggleEventActor(
	content: DraftContent,
	index: number,
	actor: string
): DraftContent {
	return withEvents(
		content,
		eventsOf(content).map((e, i) =>
			i !== index
				? e
				: {
						...e,
						actors: e.actors.includes(actor)
							? e.actors.filter((a) => a !== actor)
							: [...e.actors, actor]
					}
		)
	);
}

/** Where event `index` happened, as the map and the timeline show it: a place ticked or not. */
export function toggleEventPlace(
	content: DraftContent,
	index: number,
	place: string,
	/** The place's name: "where it happened" says it, if nothing is written there yet. */
	name = ''
): DraftContent {
	return withEvents(
		content,
		eventsOf(content).map((e, i) => {
			if (i !== index) return e;
			const places = placesIn(e);
			const ticked = !places.includes(place);
			const next = ticked ? [...places, place] : places.filter((p) => p !== place);
			const rest: DraftEvent = { ...e };
			delete rest.places;
			if (ticked && name && !e.place.trim()) rest.place = name;
			return next.length ? { ...rest, places: next } : rest;
		})
	);
}

/** The ids of the places event `e` names. */
export const placesIn = (e: DraftEvent): string[] =>
	Array.isArray(e.places) ? e.places.filter((p): p is string => typeof p === 'string') : [];

/** Moves event `index` one place earlier (-1) or later (+1) in the story's order. */
export function moveEvent(content: DraftContent, index: number, by: -1 | 1): DraftContent {
	const events = eventsOf(content);
	const to = index + by;
	if (to < 0 || to >= events.length) return content;
	[events[index], events[to]] = [events[to]!, events[index]!];
	return withEvents(content, events);
}

export function removeEvent(content: DraftContent, index: number): DraftContent {
	return withEvents(
		content,
		eventsOf(content).filter((_, i) => i !== index)
	);
}
