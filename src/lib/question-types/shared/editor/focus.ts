import { tick } from 'svelte';

/** Moves the focus to an element once the edit that makes it has been drawn. */
export async function focusSoon(id: string) {
	await tick();
	document.getElementById(id)?.focus();
}
