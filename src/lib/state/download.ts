/** Saves text as a file through the browser's own download. */
export function downloadText(text: string, filename: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves a value as a JSON file. */
export function downloadJson(value: unknown, filename: string): void {
	downloadText(JSON.stringify(value, null, 2), filename, 'application/json');
}
