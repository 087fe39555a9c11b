import type { MapBounds, PlaceKind } from '$lib/map/types';
import { slugOf, uniqueId, type DraftContent } from '../draft';
import { obj, str } from '../read';

/** A place as module.yaml writes it, and its map: what the studio's places editor changes. */
export interface DraftPlace {
	[field: string]: unknown;
	id: string;
	name: string;
	kind: PlaceKind;
	/** Degrees; the words typed while they are not a number yet (the checks say so). */
	lat: Degrees;
	lon: Degrees;
	description?: string;
}

type Degrees = number | string;

export interface DraftMap {
	west: Degrees;
	south: Degrees;
	east: Degrees;
	north: Degrees;
	focus?: string;
}

const num = (x: unknown): Degrees =>
	typeof x === 'string' || (typeof x === 'number' && Number.isFinite(x)) ? x : 0;

/** Degrees as typed: a number once the words are one, else the words, for the checks to name. */
export function degrees(typed: string): Degrees {
	const n = Number(typed.trim().replace(/^−/, '-'));
	return typed.trim() && Number.isFinite(n) ? n : typed;
}

/** The map's area in numbers, if it is one the map can be drawn for. */
export function drawable(map: DraftMap | null): MapBounds | null {
	if (!map) return null;
	const { west, south, east, north } = map;
	if (![west, south, east, north].every((d) => typeof d === 'number')) return null;
	const area = { west, south, east, north } as MapBounds;
	const inWorld = area.south >= -90 && area.north <= 90 && area.west >= -180 && area.east <= 180;
	return inWorld && area.west < area.east && area.south < area.north ? area : null;
}

/** Where a place is, if its degrees are numbers. */
export const located = (p: DraftPlace): { lat: number; lon: number } | null =>
	typeof p.lat === 'number' && typeof p.lon === 'number' ? { lat: p.lat, lon: p.lon } : null;

export function placesOf(content: DraftContent): DraftPlace[] {
	const list = content.rest?.places;
	return (Array.isArray(list) ? list : []).map((x) => {
		const p = obj(x);
		const kind = str(p.kind);
		return {
			...p,
			id: str(p.id),
			name: str(p.name),
			kind: kind === 'region' || kind === 'state' ? kind : 'city',
			lat: num(p.lat),
			lon: num(p.lon)
		};
	});
}

/** The map's area, as the draft has it; null until it has one. */
export function mapOf(content: DraftContent): DraftMap | null {
	const m = content.rest?.map;
	if (!m || typeof m !== 'object') return null;
	const { west, south, east, north, focus } = obj(m);
	const area: DraftMap = { west: num(west), south: num(south), east: num(east), north: num(north) };
	if (typeof focus === 'string') area.focus = focus;
	return area;
}

const withPlaces = (content: DraftContent, places: DraftPlace[]): DraftContent => ({
	...content,
	rest: { ...content.rest, places }
});

export function setMap(content: DraftContent, map: DraftMap | null): DraftContent {
	const rest = { ...content.rest };
	delete rest.map;
	return { ...content, rest: map ? { ...rest, map } : rest };
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Adds a place; its id comes from the name and never changes after, since events and questions
 * will refer to it. A draft with no map yet gets one that fits its places.
 */
export function addPlace(
	content: DraftContent,
	place: { name: string; kind: PlaceKind; lat: number | null; lon: number | null }
): DraftContent {
	const name = place.name.trim().replace(/\s+/g, ' ');
	const places = placesOf(content);
	if (!name) return content;
	const id = uniqueId(
		slugOf(name),
		places.map((p) => p.id)
	);
	const added = [
		...places,
		{
			id,
			name,
			kind: place.kind,
			lat: place.lat === null ? '' : round(place.lat),
			lon: place.lon === null ? '' : round(place.lon)
		}
	];
	const next = withPlaces(content, added);
	return mapOf(content) ? next : fitMap(next);
}

export function setPlace<K extends 'name' | 'kind' | 'lat' | 'lon' | 'description'>(
	content: DraftContent,
	index: number,
	field: K,
	value: DraftPlace[K]
): DraftContent {
	return withPlaces(
		content,
		placesOf(content).map((p, i) => {
			if (i !== index) return p;
			const next = { ...p, [field]: value };
			if (field === 'description' && !value) delete next.description;
			return next;
		})
	);
}

/** Removes a place, and with it the events' references to it and the map's focus on it. */
export function removePlace(content: DraftContent, index: number): DraftContent {
	const places = placesOf(content);
	const gone = places[index]?.id;
	if (gone === undefined) return content;
	const events = content.rest?.events;
	const next = withPlaces(
		{
			...content,
			rest: {
				...content.rest,
				...(Array.isArray(events) && {
					events: events.map((x) => {
						const e = obj(x);
						return Array.isArray(e.places)
							? { ...e, places: e.places.filter((p) => p !== gone) }
							: x;
					})
				})
			}
		},
		places.filter((_, i) => i !== index)
	);
	const map = mapOf(next);
	if (map?.focus !== gone) return next;
	const area = { ...map };
	delete area.focus;
	return setMap(next, area);
}

/**
 * The area that shows every place with room around it: a fifth of the span on each side, at
 * least four degrees of latitude each way (a single city's surroundings), and at least as wide
 * as it is tall on the ground, so that a phone shows it whole; in whole degrees, within the world.
 */
export function fitBounds(places: readonly { lat: number; lon: number }[]): MapBounds | null {
	if (!places.length) return null;
	const lats = places.map((p) => p.lat);
	const lons = places.map((p) => p.lon);
	const [lat0, lat1] = [Math.min(...lats), Math.max(...lats)];
	const [lon0, lon1] = [Math.min(...lons), Math.max(...lons)];
	const latHalf = Math.max((lat1 - lat0) * 0.7, 4);
	// A degree of longitude is shorter away from the equator.
	const shrink = Math.max(Math.cos((((lat0 + lat1) / 2) * Math.PI) / 180), 0.2);
	const lonHalf = Math.max((lon1 - lon0) * 0.7, latHalf / shrink);
	const latMid = (lat0 + lat1) / 2;
	const lonMid = (lon0 + lon1) / 2;
	return {
		west: Math.max(-180, Math.floor(lonMid - lonHalf)),
		south: Math.max(-85, Math.floor(latMid - latHalf)),
		east: Math.min(180, Math.ceil(lonMid + lonHalf)),
		north: Math.min(85, Math.ceil(latMid + latHalf))
	};
}

/** Fits the map to the places, keeping its focus. */
export function fitMap(content: DraftContent): DraftContent {
	const area = fitBounds(placesOf(content).flatMap((p) => located(p) ?? []));
	const focus = mapOf(content)?.focus;
	return setMap(content, area && (focus ? { ...area, focus } : area));
}

/**
 * Puts place `index` where a click on the map says, to a hundredth of a degree; a draft with no
 * map yet gets one that fits its places.
 */
export function placeAt(content: DraftContent, index: number, lat: number, lon: number) {
	const next = withPlaces(
		content,
		placesOf(content).map((p, i) => (i === index ? { ...p, lat: round(lat), lon: round(lon) } : p))
	);
	return mapOf(content) ? next : fitMap(next);
}

export function setEdge(
	content: DraftContent,
	edge: 'west' | 'south' | 'east' | 'north',
	value: Degrees
): DraftContent {
	const map = mapOf(content) ?? { west: 0, south: 0, east: 0, north: 0 };
	return setMap(content, { ...map, [edge]: value });
}

export function setFocus(content: DraftContent, focus: string): DraftContent {
	const map = mapOf(content);
	if (!map) return content;
	const area = { ...map };
	delete area.focus;
	return setMap(content, focus ? { ...area, focus } : area);
}
