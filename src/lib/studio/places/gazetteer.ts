import type { PlaceKind } from '$lib/map/types';

/** A place the gazetteer knows: a country ('state') or a city, in decimal degrees. */
export interface KnownPlace {
	name: string;
	/** The country a city is in; empty for a country. */
	country: string;
	kind: Extract<PlaceKind, 'city' | 'state'>;
	lat: number;
	lon: number;
}

interface Entry extends KnownPlace {
	/** The name as searched: lower case, without accents. */
	key: string;
}

/** Lower case, accents and punctuation gone: "Sulaymānīyah" and "sulaymaniyah" meet. */
export const searchKey = (s: string) =>
	s
		.toLowerCase()
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/** The gazetteer's lines (scripts/gazetteer.mjs), ready to search, in the order they came. */
export function readGazetteer(text: string): Entry[] {
	return text.split('\n').flatMap((line) => {
		const [name = '', country = '', kind, lat, lon] = line.split('\t');
		const place = { name, country, lat: Number(lat), lon: Number(lon) };
		if (!name || (kind !== 'city' && kind !== 'state')) return [];
		if (!Number.isFinite(place.lat) || !Number.isFinite(place.lon)) return [];
		return [{ ...place, kind, key: searchKey(name) }];
	});
}

/**
 * The places whose name starts with the words typed, then those with a word that does ("Kut"
 * finds Al Kut), each group in the gazetteer's order (countries, then the largest cities).
 */
export function searchGazetteer(entries: readonly Entry[], typed: string, limit = 8): KnownPlace[] {
	const q = searchKey(typed);
	if (!q) return [];
	const starts: Entry[] = [];
	const within: Entry[] = [];
	for (const e of entries) {
		if (e.key.startsWith(q)) starts.push(e);
		else if (e.key.includes(` ${q}`)) within.push(e);
		if (starts.length >= limit) break;
	}
	return [...starts, ...within]
		.slice(0, limit)
		.map(({ name, country, kind, lat, lon }) => ({ name, country, kind, lat, lon }));
}

/** Each name once, the first the gazetteer lists (a country before a city named like it). */
const byName = new WeakMap<readonly Entry[], Map<string, Entry>>();
function namesOf(entries: readonly Entry[]): Map<string, Entry> {
	let names = byName.get(entries);
	if (!names) {
		names = new Map();
		for (const e of entries) if (!names.has(e.name)) names.set(e.name, e);
		byName.set(entries, names);
	}
	return names;
}

/** The longest name a place can have, in words ("Rio de Janeiro" is three). */
const MOST_WORDS = 4;

/**
 * The places the text names, as the gazetteer spells them, in the order the text first names
 * them. A name only found at the start of a sentence is left out: there a capital says nothing
 * ("Reading the report…").
 */
export function placesInText(entries: readonly Entry[], text: string, limit = 30): KnownPlace[] {
	const names = namesOf(entries);
	const words = [...text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]*|[\p{Ll}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu)];
	/** Whether the word at `i` starts a sentence: nothing before it but spaces and quotes since . ! ? */
	const starts = (i: number) => {
		const before = text.slice(i > 0 ? words[i - 1]!.index! : 0, words[i]!.index!);
		return i === 0 || /[.!?:]\W*$/.test(before) || /\n\s*\W*$/.test(before);
	};
	const seen = new Map<string, { entry: Entry; at: number; inside: boolean }>();
	for (let i = 0; i < words.length; i++) {
		for (let n = Math.min(MOST_WORDS, words.length - i); n >= 1; n--) {
			const span = words.slice(i, i + n);
			const first = span[0]!;
			const last = span.at(-1)!;
			// Only words one space apart make a name.
			const name = text.slice(first.index!, last.index! + last[0].length);
			if (n > 1 && /\s{2,}|[^\p{L}\p{M}'’\s-]/u.test(name)) continue;
			const entry = names.get(name);
			if (!entry) continue;
			const found = seen.get(name) ?? { entry, at: i, inside: false };
			found.inside ||= !starts(i);
			seen.set(name, found);
			i += n - 1;
			break;
		}
	}
	return [...seen.values()]
		.filter((f) => f.inside)
		.sort((a, b) => a.at - b.at)
		.slice(0, limit)
		.map(({ entry: { name, country, kind, lat, lon } }) => ({ name, country, kind, lat, lon }));
}
