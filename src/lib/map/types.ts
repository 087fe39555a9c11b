// The map is drawn by draw.ts: at build time for the site's modules, in the browser (loaded only
// then) for a module opened from a file. These types and sizes are shared with the component.

export type PlaceKind = 'city' | 'region' | 'state';

export interface MapPlace {
	id: string;
	name: string;
	kind: PlaceKind;
	lat: number;
	lon: number;
}

/** Decimal degrees. */
export interface MapBounds {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** Where a label sits from its marker; a country's name is centred on its place. */
export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'centre';

export interface DrawnPlace {
	id: string;
	x: number;
	y: number;
	/** Anchor point of the label, on the side least crowded by other labels and markers. */
	label: { x: number; y: number; side: LabelSide };
	/**
	 * Where a tap or click picks this place: a circle shared with close neighbours along the line
	 * halfway between them, and kept off their labels.
	 */
	hit: string;
}

export interface DrawnMap {
	/** The SVG viewBox is `0 0 width height`. */
	width: number;
	height: number;
	/**
	 * Clipped to the bounds. `id` is the ISO 3166-1 numeric code where Natural Earth gives one, else
	 * the name; `name` is Natural Earth's and unique.
	 */
	countries: { id: string; name: string; d: string }[];
	/** Only the places inside the bounds, projected. */
	places: DrawnPlace[];
}

/**
 * Sizes in viewBox units that the server lays labels out with and the component draws with.
 * Labels grow on narrow screens (see MapFigure), so the layout assumes the largest size.
 */
export const mapSizes = {
	dot: 4,
	/** Half-axes of the dashed ellipse that marks a region. */
	region: { rx: 16, ry: 11 },
	/** Gap between a marker and its label. */
	gap: 6,
	/** Largest label font size; a country's name is drawn at 85% of it. */
	font: 20
} as const;
