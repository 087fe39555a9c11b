import { geoConicEqualArea, geoGraticule, geoPath, type GeoContext } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json';
import {
	mapSizes,
	type DrawnMap,
	type DrawnPlace,
	type LabelSide,
	type MapBounds,
	type MapPlace
} from '$lib/map/types';

export type { DrawnMap, DrawnPlace, MapBounds, MapPlace } from '$lib/map/types';

// 1:50m rather than 1:110m: at 110m the Gulf coast and the Shatt al-Arab are a few straight lines.
// Drawn at whole viewBox units with repeated points dropped, a region this size stays near 7 KB.
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const loadCountries = () => feature(topology, topology.objects.countries).features;
let allCountries: ReturnType<typeof loadCountries> | undefined;

/**
 * The projection the map of `bounds` is drawn with, `width` units wide, and the height that
 * gives: the studio inverts it to turn a click on the map into degrees.
 */
export function projectionFor(bounds: MapBounds, width = 600) {
	const { west, south, east, north } = bounds;
	// A graticule outline follows the parallels, where a plain polygon would bow along great circles.
	const outline = geoGraticule()
		.extent([
			[west, south],
			[east, north]
		])
		.outline();
	// Equal-area, so neighbours keep their relative sizes; the standard parallels at a sixth and five
	// sixths of the height keep shapes true across the map.
	const span = north - south;
	const projection = geoConicEqualArea()
		.parallels([south + span / 6, north - span / 6])
		.rotate([-(west + east) / 2, 0])
		.fitWidth(width, outline);
	const height = Math.ceil(geoPath(projection).bounds(outline)[1][1]);
	projection.clipExtent([
		[0, 0],
		[width, height]
	]);
	return { projection, height };
}

/** The countries and places inside `bounds`, projected to SVG coordinates `width` units wide. */
export function drawMap(places: MapPlace[], bounds: MapBounds, width = 600): DrawnMap {
	allCountries ??= loadCountries();
	const { west, south, east, north } = bounds;
	const { projection, height } = projectionFor(bounds, width);

	const countries: DrawnMap['countries'] = [];
	for (const country of allCountries) {
		const context = new RoundedPath();
		geoPath(projection, context)(country);
		const d = context.toString();
		if (d)
			countries.push({
				id: String(country.id ?? country.properties.name),
				name: country.properties.name,
				d
			});
	}

	const inside = places.flatMap((place) => {
		const { lon, lat } = place;
		if (lon < west || lon > east || lat < south || lat > north) return [];
		const [x, y] = projection([lon, lat]) ?? [NaN, NaN];
		return [{ place, x: round1(x), y: round1(y) }];
	});
	return { width, height, countries, places: layOut(inside, width, height) };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A d3-geo path context that writes whole units, drops points that round onto the one before,
 * and writes relative moves: about half the size of `geoPath().digits(0)`.
 */
class RoundedPath implements GeoContext {
	#rings: [number, number][][] = [];

	moveTo(x: number, y: number) {
		this.#rings.push([]);
		this.lineTo(x, y);
	}

	lineTo(x: number, y: number) {
		const ring = this.#rings.at(-1);
		const last = ring?.at(-1);
		const point: [number, number] = [Math.round(x), Math.round(y)];
		if (!last || last[0] !== point[0] || last[1] !== point[1]) ring?.push(point);
	}

	closePath() {
		const ring = this.#rings.at(-1);
		const [first, last] = [ring?.[0], ring?.at(-1)];
		if (ring && ring.length > 1 && first?.[0] === last?.[0] && first?.[1] === last?.[1]) ring.pop();
	}

	beginPath() {}

	arc() {}

	toString() {
		let d = '';
		// A ring that rounds to fewer than three points is too small to see.
		for (const ring of this.#rings.filter((r) => r.length >= 3)) {
			let [[px, py]] = ring as [[number, number]];
			d += `M${px} ${py}l`;
			ring.slice(1).forEach(([x, y], i) => {
				// A minus sign separates numbers by itself.
				const dx = x - px;
				const dy = y - py;
				d += `${i > 0 && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
				[px, py] = [x, y];
			});
			d += 'z';
		}
		return d;
	}
}

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

interface Projected {
	place: MapPlace;
	x: number;
	y: number;
}

// A tap within this distance picks a place: 22 CSS pixels on a map shown 360 pixels wide.
const hitRadius = (width: number) => (width * 22) / 360;

/** Half-extents of a place's marker. */
function markerSize(kind: MapPlace['kind']): [number, number] {
	if (kind === 'region') return [mapSizes.region.rx, mapSizes.region.ry];
	if (kind === 'city') return [mapSizes.dot + 1, mapSizes.dot + 1];
	return [0, 0];
}

/** Where a label would go on one side of its marker, and the box it would cover. */
function labelAt({ place, x, y }: Projected, side: LabelSide) {
	const { font, gap } = mapSizes;
	// Estimates for a bold sans-serif; a country's name is in spaced capitals, a little smaller.
	const state = place.kind === 'state';
	const w = place.name.length * (state ? 0.85 * 0.75 : 0.6) * font;
	const h = (state ? 0.85 : 1) * 1.1 * font;
	const [ex, ey] = markerSize(place.kind);
	const label = {
		right: { x: x + ex + gap, y },
		left: { x: x - ex - gap, y },
		above: { x, y: y - ey - gap - h / 2 },
		below: { x, y: y + ey + gap + h / 2 },
		centre: { x, y }
	}[side];
	const x0 = side === 'right' ? label.x : side === 'left' ? label.x - w : label.x - w / 2;
	const box = { x0, x1: x0 + w, y0: label.y - h / 2, y1: label.y + h / 2 };
	return { label: { x: round1(label.x), y: round1(label.y), side }, box };
}

const overlap = (a: Box, b: Box) =>
	Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) *
	Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/**
 * Puts each label on the side where it covers least of the other labels, the markers and the
 * space outside the map, preferring right, then left, above, below. Countries' names go first,
 * since they cannot move.
 */
function layOut(projected: Projected[], width: number, height: number): DrawnPlace[] {
	const markers = projected.map(({ place, x, y }) => {
		const [ex, ey] = markerSize(place.kind);
		return { x0: x - ex, x1: x + ex, y0: y - ey, y1: y + ey };
	});
	const frame = { x0: 0, y0: 0, x1: width, y1: height };
	const labels = new Map<Projected, ReturnType<typeof labelAt>>();
	const states = projected.filter((p) => p.place.kind === 'state');
	for (const p of states) labels.set(p, labelAt(p, 'centre'));
	for (const p of projected.filter((p) => p.place.kind !== 'state')) {
		const sides = ['right', 'left', 'above', 'below'] as const;
		const costs = sides.map((side, i) => {
			const { box } = labelAt(p, side);
			const area = (box.x1 - box.x0) * (box.y1 - box.y0);
			return (
				i +
				[...labels.values()].reduce((sum, other) => sum + overlap(box, other.box), 0) +
				markers.reduce((sum, marker) => sum + overlap(box, marker), 0) +
				area -
				overlap(box, frame)
			);
		});
		const best = sides[costs.indexOf(Math.min(...costs))] ?? 'right';
		labels.set(p, labelAt(p, best));
	}

	return projected.map((p) => {
		const others = projected.filter((q) => q !== p);
		const { label } = labels.get(p) ?? labelAt(p, 'centre');
		return {
			id: p.place.id,
			x: p.x,
			y: p.y,
			label,
			hit: hitArea(
				p,
				others,
				others.flatMap((q) => labels.get(q)?.box ?? []),
				hitRadius(width)
			)
		};
	});
}

type Point = [number, number];

/**
 * A circle around the place, cut along the line halfway to each neighbour (so close places share
 * the space between them instead of one covering the other) and kept off other places' labels.
 */
function hitArea(p: Projected, others: Projected[], otherLabels: Box[], radius: number): string {
	let polygon: Point[] = Array.from({ length: 24 }, (_, i) => {
		const angle = (i / 24) * 2 * Math.PI;
		return [p.x + radius * Math.cos(angle), p.y + radius * Math.sin(angle)];
	});
	for (const q of others) {
		// Keep the points nearer p than q: (point - midpoint) · (q - p) <= 0.
		const [a, b] = [q.x - p.x, q.y - p.y];
		if (a === 0 && b === 0) continue;
		polygon = clip(polygon, a, b, (a * (p.x + q.x)) / 2 + (b * (p.y + q.y)) / 2);
	}
	for (const box of otherLabels) {
		// The side of the box that faces the place, seen from the farthest.
		const gaps: [number, number, number, number][] = [
			[box.x0 - p.x, 1, 0, box.x0],
			[p.x - box.x1, -1, 0, -box.x1],
			[box.y0 - p.y, 0, 1, box.y0],
			[p.y - box.y1, 0, -1, -box.y1]
		];
		const [gap, a, b, c] = gaps.reduce((best, g) => (g[0] > best[0] ? g : best));
		if (gap > 0) polygon = clip(polygon, a, b, c);
	}
	if (polygon.length < 3) return '';
	return `M${polygon.map(([x, y]) => `${Math.round(x)} ${Math.round(y)}`).join('L')}z`;
}

/** Sutherland–Hodgman: the part of a convex polygon where a·x + b·y <= c. */
function clip(polygon: Point[], a: number, b: number, c: number): Point[] {
	const inside = ([x, y]: Point) => a * x + b * y <= c;
	return polygon.flatMap((point, i) => {
		const previous = polygon.at(i - 1) ?? point;
		const crossing = (): Point => {
			const [fp, fq] = [a * previous[0] + b * previous[1] - c, a * point[0] + b * point[1] - c];
			const t = fp / (fp - fq);
			return [
				previous[0] + t * (point[0] - previous[0]),
				previous[1] + t * (point[1] - previous[1])
			];
		};
		if (inside(point)) return inside(previous) ? [point] : [crossing(), point];
		return inside(previous) ? [crossing()] : [];
	});
}
