// The gazetteer, off the page's thread and out of the studio's own bundle: a few hundred
// kilobytes of names that only a teacher who searches for a place needs. The service worker
// caches it once used.
import text from 'virtual:gazetteer';
import { placesInText, readGazetteer, searchGazetteer } from './gazetteer';

const entries = readGazetteer(text);

/** A search (`q`, the words typed) or the article's text, to find the places it names. */
export type GazetteerRequest = { n: number; q: string } | { n: number; text: string };

self.onmessage = (e: MessageEvent<GazetteerRequest>) => {
	const r = e.data;
	const found = 'q' in r ? searchGazetteer(entries, r.q) : placesInText(entries, r.text);
	self.postMessage({ n: r.n, found });
};
