/** A YYYY-MM-DD date in words ("4 December 2026"), the same day wherever the reader is. */
export function longDate(iso: string, language?: string): string {
	return new Date(`${iso}T12:00:00Z`).toLocaleDateString(language, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}

/** A moment as the reader's own clock shows it, short ("2 Dec 2026, 09:06"). */
export const dateTime = (at: string | number): string =>
	new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
