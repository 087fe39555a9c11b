/** What the studio's places editor says: finding places, putting them on the map, its area. */
export const placesText = {
	places: 'Places',
	placesNote:
		'The places the map shows, and events and questions can name. Find a city or a country, or add any place by its name and put it on the map.',
	find: 'Find a city or a country',
	findNote: 'Type the start of its name, or select it in the text and use the selected words.',
	searching: 'Looking…',
	found: (n: number) =>
		n === 0
			? 'No city or country of that name. Add it by its name, and put it on the map.'
			: n === 1
				? '1 place found.'
				: `${n} places found.`,
	suggest: 'Suggest the places the text names',
	suggestNote:
		'Cities and countries the text names that the list of places knows. Add those the map should show; nothing is added unless you choose it.',
	named: (n: number) =>
		n === 0
			? 'The text names no city or country the list knows. Find one above, or add it by its name.'
			: n === 1
				? 'The text names 1 place the list knows.'
				: `The text names ${n} places the list knows.`,
	searchFailed:
		'The list of places could not be loaded. Check the connection, or add the place by its name and put it on the map.',
	add: (name: string, where: string) => `Add ${name}${where ? `, ${where}` : ''}`,
	addByName: (name: string) => `Add “${name}” and put it on the map`,
	added: (name: string) => `${name} was added to the places.`,
	kinds: { city: 'city', region: 'region or area', state: 'country' },
	name: 'Name',
	kind: 'Kind',
	lat: 'Latitude (degrees north; south is negative)',
	lon: 'Longitude (degrees east; west is negative)',
	description: 'What it is, and why it matters here',
	pick: (name: string) => `Put ${name} on the map`,
	picking: (name: string) =>
		`Click the map where ${name} is. (Or type its latitude and longitude.)`,
	picked: (name: string) => `${name} was put on the map.`,
	remove: (name: string) => `Remove ${name}`,
	map: 'The map',
	noMap: 'The map appears once a place is added.',
	mapLabel: 'Map preview',
	mapDescription: (names: string) =>
		names ? `The map shows ${names}.` : 'The map shows no place yet.',
	outside: (names: string) => `Outside the map’s area: ${names}.`,
	fit: 'Fit the map to the places',
	area: 'The map’s area, in degrees',
	west: 'West edge',
	east: 'East edge',
	south: 'South edge',
	north: 'North edge',
	focus: 'The country the story is about (drawn stronger)',
	noFocus: 'None'
} as const;
