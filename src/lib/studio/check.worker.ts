// The studio's checker and mention finder, off the page's thread: a phone stays responsive while the build's whole
// checker runs after each edit. Its own bundle, too, so a student's pages share no chunk with it.
import { checkDraft } from './checks';
import type { DraftContent } from './draft';
import { mentionsOf } from './mentions';

self.onmessage = (e: MessageEvent<{ n: number; content: DraftContent }>) => {
	const { n, content } = e.data;
	self.postMessage({ n, checks: checkDraft(content), mentions: [...mentionsOf(content)] });
};
