/** A YYYY-MM-DD date in words ("4 December 2026"), the same day wherever the reader is. */
export function longDate(iso: string, language?: string): string {
	return new Date(`${iso}T12:00:00Z`).toLocaleDateString(language, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}
