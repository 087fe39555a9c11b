/** Saves text (or bytes) as a file through the browser's own download. */
export function downloadText(
	text: string | Uint8Array<ArrayBuffer>,
	filename: string,
	type: string
): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves a value as a JSON file, without indentation: a student's whole history indented was
 * larger than the restore accepts.
 */
export function downloadJson(value: unknown, filename: string): void {
	downloadText(JSON.stringify(value), filename, 'application/json');
}

/** Whether this browser can hand a file to another app (the share sheet of a phone). */
export function canShareFiles(): boolean {
	if (typeof navigator === 'undefined' || typeof navigator.canShare !== 'function') return false;
	return navigator.canShare({
		files: [new File(['{}'], 'results.json', { type: 'application/json' })]
	});
}

/**
 * Opens the share sheet with a JSON file: true once the student picked where it goes, false if
 * they closed the sheet or the browser refused.
 */
export async function shareJson(value: unknown, filename: string, title: string): Promise<boolean> {
	const file = new File([JSON.stringify(value, null, 2)], filename, { type: 'application/json' });
	try {
		await navigator.share({ files: [file], title });
		return true;
	} catch {
		return false;
	}
}
