import type { LmsResponse } from '$lib/question-types/contract';

/**
 * How each SCORM version writes what the LMS records: responses, spans of time and instants.
 * SCORM 1.2 separates with "," and "."; SCORM 2004 with "[,]" and "[.]".
 */
export type ScormVersion = '1.2' | '2004';

/** What each version lets a learner response hold (1.2's CMIFeedback; 2004's SPM). */
const RESPONSE_MAX: Record<ScormVersion, number> = { '1.2': 255, '2004': 4000 };
/** 2004's smallest permitted maximum for one fill-in string. */
const FILL_MAX_2004 = 250;

/** A typed answer as one string of the LMS's notation: no delimiter of it survives inside. */
function typedText(text: string, version: ScormVersion): string {
	const apart = version === '1.2' ? text.replace(/,/g, ' ') : text.replace(/\[[,.]\]/g, ' ');
	const flat = apart.replace(/\s+/g, ' ').trim();
	return flat.slice(0, version === '1.2' ? RESPONSE_MAX['1.2'] : FILL_MAX_2004);
}

/** A response, or a correct-response pattern, in `version`'s notation. */
export function responseText(response: LmsResponse, version: ScormVersion): string {
	const [list, pair] = version === '1.2' ? [',', '.'] : ['[,]', '[.]'];
	const text =
		response.type === 'fill-in'
			? typedText(response.text, version)
			: response.type === 'matching'
				? response.pairs.map(([s, t]) => `${s}${pair}${t}`).join(list)
				: response.ids.join(list);
	return text.slice(0, RESPONSE_MAX[version]);
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A span of time: SCORM 1.2's CMITimespan (HHHH:MM:SS.SS) or SCORM 2004's ISO 8601 duration
 * (PT1H2M3.45S), to the hundredth of a second.
 */
export function timespan(ms: number, version: ScormVersion): string {
	const hundredths = Math.max(0, Math.round(ms / 10));
	const h = Math.floor(hundredths / 360_000);
	const m = Math.floor((hundredths % 360_000) / 6000);
	const s = (hundredths % 6000) / 100;
	if (version === '1.2') {
		const [whole, frac = '00'] = s.toFixed(2).split('.');
		return `${String(Math.min(h, 9999)).padStart(4, '0')}:${two(m)}:${whole!.padStart(2, '0')}.${frac}`;
	}
	return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${Number(s.toFixed(2))}S`;
}

/**
 * An instant: SCORM 1.2's CMITime (the time of day, HH:MM:SS, in UTC: 1.2 has no dates) or
 * SCORM 2004's time (second,10,0) with its zone, to the hundredth of a second.
 */
export function instant(ms: number, version: ScormVersion): string {
	const iso = new Date(ms).toISOString();
	return version === '1.2' ? iso.slice(11, 19) : `${iso.slice(0, 22)}Z`;
}
