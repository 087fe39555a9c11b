import type { Attachment } from 'svelte/attachments';

/**
 * A file input shown in the prerendered page can be used before the page's scripts run: the
 * file stays chosen, but its change event fired with no one listening. Once the input is
 * hydrated this hands such a file to the input's own change handler, so the choice counts.
 */
export const chosenEarly: Attachment<HTMLInputElement> = (input) => {
	if (input.files?.length) input.dispatchEvent(new Event('change', { bubbles: true }));
};
