// The studio's name finder, off the page's thread: the NLP package is large, and reading a long
// text takes a phone a while. A bundle of its own, which the service worker caches only once used.
import { suggestNames } from './suggest';

self.onmessage = (e: MessageEvent<{ n: number; text: string }>) => {
	self.postMessage({ n: e.data.n, found: suggestNames(e.data.text, []) });
};
