// The studio's checker, off the page's thread: a phone stays responsive while the build's whole
// checker runs after each edit. Its own bundle, too, so a student's pages share no chunk with it.
import { checkDraft } from './checks';
import type { DraftContent } from './draft';

self.onmessage = (e: MessageEvent<{ n: number; content: DraftContent }>) => {
	self.postMessage({ n: e.data.n, checks: checkDraft(e.data.content) });
};
