// The studio's checker and mention finder, off the page's thread: a phone stays responsive while the build's whole
// checker runs after each edit. Its own bundle, too, so a student's pages share no chunk with it.
import { checkDraft } from './checks';
import type { DraftContent } from './draft';
import { mentionsOf } from './mentions';
import { previewQuestion } from './preview';

/** A draft to check, and the question the author has open, to build for trying it. */
export interface CheckRequest {
	n: number;
	content: DraftContent;
	open: number | null;
}

self.onmessage = (e: MessageEvent<CheckRequest>) => {
	const { n, content, open } = e.data;
	self.postMessage({
		n,
		checks: checkDraft(content),
		mentions: [...mentionsOf(content)],
		preview: open === null ? null : previewQuestion(content, open)
	});
};
