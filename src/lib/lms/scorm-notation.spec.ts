import { describe, expect, it } from 'vitest';
import { instant, responseText, timespan } from './scorm-notation';

describe('SCORM’s notation, in each version', () => {
	it('writes spans of time as CMITimespan (1.2) and ISO 8601 durations (2004)', () => {
		expect(timespan(62_500, '1.2')).toBe('0000:01:02.50');
		expect(timespan(62_500, '2004')).toBe('PT1M2.5S');
		expect(timespan(3_723_004, '1.2')).toBe('0001:02:03.00');
		expect(timespan(3_723_004, '2004')).toBe('PT1H2M3S');
		expect(timespan(0, '2004')).toBe('PT0S');
		expect(timespan(-5, '1.2')).toBe('0000:00:00.00');
	});

	it('writes instants as the time of day (1.2) and as a dated time with its zone (2004)', () => {
		const at = Date.parse('2026-12-07T14:05:09.123Z');
		expect(instant(at, '1.2')).toBe('14:05:09');
		expect(instant(at, '2004')).toBe('2026-12-07T14:05:09.12Z');
	});

	it('separates a response’s parts as each version does', () => {
		const choice = { type: 'choice', ids: ['isis', 'iran'] } as const;
		expect(responseText(choice, '1.2')).toBe('isis,iran');
		expect(responseText(choice, '2004')).toBe('isis[,]iran');
		const pairs = {
			type: 'matching',
			pairs: [
				['s1', 'fact'],
				['s2', 'opinion']
			]
		} as const;
		expect(responseText(pairs, '1.2')).toBe('s1.fact,s2.opinion');
		expect(responseText(pairs, '2004')).toBe('s1[.]fact[,]s2[.]opinion');
	});

	it('keeps typed text to one string of the notation, within its limit', () => {
		const typed = {
			type: 'fill-in',
			text: '  Nouri al-Maliki,\n the [,] prime minister '
		} as const;
		expect(responseText(typed, '1.2')).toBe('Nouri al-Maliki the [ ] prime minister');
		expect(responseText(typed, '2004')).toBe('Nouri al-Maliki, the prime minister');
		const long = { type: 'fill-in', text: 'x'.repeat(600) } as const;
		expect(responseText(long, '1.2')).toHaveLength(255);
		expect(responseText(long, '2004')).toHaveLength(250);
	});
});
