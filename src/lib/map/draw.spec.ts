import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mapSizes, type MapPlace } from '$lib/map/types';
import { drawMap } from './draw';

const bounds = { west: 34, south: 28, east: 52, north: 40 };
const place = (
	id: string,
	lat: number,
	lon: number,
	kind: MapPlace['kind'] = 'city'
): MapPlace => ({
	id,
	name: id[0]?.toUpperCase() + id.slice(1),
	kind,
	lat,
	lon
});
const places: MapPlace[] = [
	place('mosul', 36.34, 43.13),
	place('tikrit', 34.61, 43.68),
	{ ...place('tigris', 34.4, 43.8, 'region'), name: 'Tigris valley' },
	place('baghdad', 33.31, 44.37),
	place('kirkuk', 35.47, 44.39),
	place('erbil', 36.19, 44.01),
	place('basra', 30.51, 47.81),
	place('washington', 38.9, -77.04),
	place('iraq', 33.0, 43.5, 'state'),
	place('syria', 35.0, 38.5, 'state'),
	place('turkey', 39.0, 37.5, 'state'),
	place('iran', 33.5, 50.5, 'state')
];

describe('drawMap', () => {
	const map = drawMap(places, bounds);
	const at = (id: string) => {
		const found = map.places.find((p) => p.id === id);
		if (!found) throw new Error(`${id} is not on the map`);
		return found;
	};

	it('draws Iraq and its neighbours, each with a path', () => {
		const names = map.countries.map((c) => c.name);
		expect(names).toEqual(expect.arrayContaining(['Iraq', 'Syria', 'Turkey', 'Iran', 'Kuwait']));
		for (const c of map.countries) expect(c.d).toMatch(/^M/);
	});

	it('leaves out countries outside the bounds', () => {
		expect(map.countries.map((c) => c.name)).not.toContain('France');
	});

	it('puts north up and west left', () => {
		const [mosul, baghdad] = [at('mosul'), at('baghdad')];
		expect(mosul.y).toBeLessThan(baghdad.y);
		expect(mosul.x).toBeLessThan(baghdad.x);
	});

	it('keeps places inside the bounds inside the picture, and leaves the others out', () => {
		const basra = at('basra');
		expect(basra.x).toBeGreaterThan(0);
		expect(basra.x).toBeLessThan(map.width);
		expect(basra.y).toBeGreaterThan(0);
		expect(basra.y).toBeLessThan(map.height);
		expect(map.places.map((p) => p.id)).not.toContain('washington');
	});

	it('stays under 14 KB of path data', () => {
		const d = map.countries.map((c) => c.d).join('');
		expect(d.length).toBeLessThan(14_000);
		expect(gzipSync(d).length).toBeLessThan(5_000);
	});

	it('draws the same map from the same input', () => {
		expect(drawMap(places, bounds)).toEqual(map);
	});

	it('centres country names and sets close cities’ labels apart', () => {
		expect(at('iraq').label).toEqual({ x: at('iraq').x, y: at('iraq').y, side: 'centre' });
		// Erbil lies just east of Mosul: Mosul's label must not run into it.
		expect(at('mosul').label.side).not.toBe('right');
	});

	it('keeps each city’s label off the other markers', () => {
		for (const p of map.places.filter((p) => places.find((q) => q.id === p.id)?.kind === 'city')) {
			const name = places.find((q) => q.id === p.id)?.name ?? '';
			const [w, h] = [name.length * 0.6 * mapSizes.font, mapSizes.font];
			const { x, y, side } = p.label;
			const x0 = side === 'right' ? x : side === 'left' ? x - w : x - w / 2;
			for (const q of map.places.filter((q) => q !== p && q.label.side !== 'centre')) {
				const covered = q.x > x0 && q.x < x0 + w && q.y > y - h / 2 && q.y < y + h / 2;
				expect(covered, `${name}'s label covers ${q.id}`).toBe(false);
			}
		}
	});

	it('gives every place a hit area that holds its own point and no other', () => {
		for (const p of map.places) {
			expect(p.hit).toMatch(/^M[\d .L-]+z$/);
			const polygon = p.hit
				.slice(1, -1)
				.split('L')
				.map((pair) => pair.split(' ').map(Number) as [number, number]);
			for (const q of map.places) expect(contains(polygon, q)).toBe(q === p);
		}
	});
});

/** Even-odd rule. */
function contains(polygon: [number, number][], { x, y }: { x: number; y: number }) {
	let inside = false;
	polygon.forEach(([xi, yi], i) => {
		const [xj, yj] = polygon.at(i - 1) ?? [xi, yi];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	});
	return inside;
}

describe('the map component', () => {
	it('draws labels at the largest size the layout allowed for', async () => {
		// The size lives in the component's CSS (a style attribute would break the CSP).
		const { readFileSync } = await import('node:fs');
		const source = readFileSync('src/lib/components/MapFigure.svelte', 'utf8');
		expect(source).toContain(`--label-max: ${mapSizes.font}px;`);
	});
});
