import { describe, expect, it } from 'vitest';
import { checkDraft } from '../checks';
import { draftFromText } from '../read';
import {
	addPlace,
	degrees,
	fitBounds,
	fitMap,
	mapOf,
	placeAt,
	placesOf,
	removePlace,
	setFocus,
	setPlace
} from './edit';

const draft = () => draftFromText('ISIS took Mosul. Then it took Tikrit.', 'd', 1);
const mosul = { name: 'Mosul', kind: 'city', lat: 36.335, lon: 43.11889 } as const;
const iraq = { name: 'Iraq', kind: 'state', lat: 33.04, lon: 43.77 } as const;

describe('places in the studio', () => {
	it('adds a place with an id of its name, to a hundredth of a degree, and a map that fits it', () => {
		const c = addPlace(draft(), mosul);
		expect(placesOf(c)).toEqual([
			{ id: 'mosul', name: 'Mosul', kind: 'city', lat: 36.34, lon: 43.12 }
		]);
		expect(mapOf(c)).toEqual({ west: 38, south: 32, east: 49, north: 41 });
		// A second place of the same name gets an id of its own; the map, once set, stays.
		const twice = addPlace(c, { ...mosul, lat: 10 });
		expect(placesOf(twice).map((p) => p.id)).toEqual(['mosul', 'mosul-2']);
		expect(mapOf(twice)).toEqual(mapOf(c));
	});

	it('fits the map around every place, with room on each side', () => {
		const area = fitBounds([
			{ lat: 36.34, lon: 43.13 },
			{ lat: 33.32, lon: 44.37 },
			{ lat: 35.69, lon: 51.39 }
		])!;
		expect(area.west).toBeLessThan(43.13);
		expect(area.east).toBeGreaterThan(51.39);
		expect(area.south).toBeLessThan(33.32);
		expect(area.north).toBeGreaterThan(36.34);
		expect(fitBounds([])).toBeNull();
		const c = fitMap(setFocus(fitMap(addPlace(addPlace(draft(), mosul), iraq)), 'iraq'));
		expect(mapOf(c)?.focus).toBe('iraq');
	});

	it('puts a place added by name where the map is clicked, and keeps degrees typed as typed', () => {
		let c = addPlace(draft(), { name: 'Tigris valley', kind: 'region', lat: null, lon: null });
		expect(mapOf(c)).toBeNull();
		c = placeAt(c, 0, 34.4012, 43.7844);
		expect(placesOf(c)[0]).toMatchObject({ lat: 34.4, lon: 43.78 });
		expect(mapOf(c)).not.toBeNull();
		expect(degrees('-12.5')).toBe(-12.5);
		expect(degrees('−3')).toBe(-3);
		expect(degrees('-')).toBe('-');
		c = setPlace(c, 0, 'lat', degrees('north'));
		const check = checkDraft(c).find((x) => x.field === 'places.0.lat');
		expect(check?.where).toBe('Tigris valley (latitude)');
	});

	it('removes a place from the events that name it and from the map’s focus', () => {
		let c = setFocus(addPlace(addPlace(draft(), mosul), iraq), 'iraq');
		c = { ...c, rest: { ...c.rest, events: [{ id: 'e', places: ['mosul', 'iraq'] }] } };
		c = removePlace(c, 1);
		expect(placesOf(c).map((p) => p.id)).toEqual(['mosul']);
		expect(c.rest?.events).toEqual([{ id: 'e', places: ['mosul'] }]);
		expect(mapOf(c)?.focus).toBeUndefined();
	});
});
