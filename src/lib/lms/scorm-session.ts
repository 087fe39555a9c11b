import type { LmsResponse } from '$lib/question-types/contract';
import type { FoundApi } from './scorm-api';
import { instant, responseText, timespan, type ScormVersion } from './scorm-notation';

/** A call the LMS refused: its element, and the LMS's own error code and words. */
export class LmsError extends Error {
	constructor(
		readonly call: string,
		readonly code: string,
		readonly lmsText: string
	) {
		super(`${call}: LMS error ${code}${lmsText ? ` (${lmsText})` : ''}`);
		this.name = 'LmsError';
	}
}

/** How much each version keeps between sittings: suspend data and the location. */
export const SUSPEND_MAX: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64_000 };
export const LOCATION_MAX: Record<ScormVersion, number> = { '1.2': 255, '2004': 1000 };

/** The data model's names in each version, where they differ. */
const names = {
	'1.2': {
		learnerId: 'cmi.core.student_id',
		learnerName: 'cmi.core.student_name',
		entry: 'cmi.core.entry',
		location: 'cmi.core.lesson_location',
		exit: 'cmi.core.exit',
		sessionTime: 'cmi.core.session_time',
		score: 'cmi.core.score',
		response: 'student_response',
		when: 'time'
	},
	'2004': {
		learnerId: 'cmi.learner_id',
		learnerName: 'cmi.learner_name',
		entry: 'cmi.entry',
		location: 'cmi.location',
		exit: 'cmi.exit',
		sessionTime: 'cmi.session_time',
		score: 'cmi.score',
		response: 'learner_response',
		when: 'timestamp'
	}
} as const;

/** One checked answer, as the LMS records it. */
export interface Interaction {
	/** The question's id: the same question is the same interaction id in every attempt. */
	id: string;
	response: LmsResponse;
	correct: LmsResponse;
	right: boolean;
	/** From the question shown to the answer checked. */
	latencyMs: number;
	at: number;
}

/** Where the learner stands, as the LMS tells it at the start. */
export interface Launch {
	learnerId: string;
	learnerName: string;
	/** Whether the LMS says this is a return to an attempt left suspended. */
	resumed: boolean;
	location: string;
	suspendData: string;
}

/**
 * One sitting in an LMS through its SCORM API, the same for both versions. Every call that the
 * LMS refuses throws an LmsError with the LMS's own words; nothing here waits or retries (the
 * caller decides when to commit again).
 */
export class ScormSession {
	readonly version: ScormVersion;
	private readonly n;

	constructor(private readonly found: FoundApi) {
		this.version = found.version;
		this.n = names[found.version];
	}

	private ok(call: string, result: string) {
		if (result === 'true') return;
		const f = this.found;
		const code = f.version === '1.2' ? f.api.LMSGetLastError() : f.api.GetLastError();
		const text = f.version === '1.2' ? f.api.LMSGetErrorString(code) : f.api.GetErrorString(code);
		throw new LmsError(call, code, text);
	}

	private get(element: string): string {
		const f = this.found;
		return f.version === '1.2' ? f.api.LMSGetValue(element) : f.api.GetValue(element);
	}

	private set(element: string, value: string) {
		const f = this.found;
		this.ok(
			element,
			f.version === '1.2' ? f.api.LMSSetValue(element, value) : f.api.SetValue(element, value)
		);
	}

	/** Opens the sitting and reads who the learner is and where they left off. */
	start(): Launch {
		const f = this.found;
		this.ok('Initialize', f.version === '1.2' ? f.api.LMSInitialize('') : f.api.Initialize(''));
		return {
			learnerId: this.get(this.n.learnerId),
			learnerName: this.get(this.n.learnerName),
			resumed: this.get(this.n.entry) === 'resume',
			location: this.get(this.n.location),
			suspendData: this.get('cmi.suspend_data')
		};
	}

	/** Keeps where the learner is and what to resume from; refuses more than the version holds. */
	keep(location: string, suspendData: string) {
		if (location.length > LOCATION_MAX[this.version])
			throw new RangeError(
				`location: ${location.length} characters, at most ${LOCATION_MAX[this.version]}`
			);
		if (suspendData.length > SUSPEND_MAX[this.version])
			throw new RangeError(
				`suspend data: ${suspendData.length} characters, at most ${SUSPEND_MAX[this.version]}`
			);
		this.set(this.n.location, location);
		this.set('cmi.suspend_data', suspendData);
	}

	/** Records one checked answer as the next interaction. */
	record(i: Interaction) {
		const v = this.version;
		const at = `cmi.interactions.${this.get('cmi.interactions._count') || '0'}`;
		this.set(`${at}.id`, i.id);
		this.set(`${at}.type`, i.response.type);
		this.set(`${at}.${this.n.when}`, instant(i.at, v));
		this.set(`${at}.${this.n.response}`, responseText(i.response, v));
		this.set(`${at}.correct_responses.0.pattern`, responseText(i.correct, v));
		this.set(`${at}.result`, i.right ? 'correct' : v === '1.2' ? 'wrong' : 'incorrect');
		this.set(`${at}.latency`, timespan(i.latencyMs, v));
	}

	/**
	 * The score (points of `max`) and the status: complete when every question is answered,
	 * passed or failed against the pass mark (a share, 0 to 100) once complete, if there is one.
	 */
	report(points: number, max: number, complete: boolean, passMark: number | null) {
		const share = max ? points / max : 0;
		const passed = passMark === null ? null : share * 100 >= passMark;
		// SCORM 1.2's scores run from 0 to 100 in most LMSs' gradebooks: a percentage there.
		const [raw, top] =
			this.version === '1.2' ? [Math.round(share * 10_000) / 100, 100] : [points, max];
		this.set(`${this.n.score}.min`, '0');
		this.set(`${this.n.score}.max`, String(top));
		this.set(`${this.n.score}.raw`, String(raw));
		if (this.version === '1.2') {
			const status = !complete
				? 'incomplete'
				: passed === null
					? 'completed'
					: passed
						? 'passed'
						: 'failed';
			this.set('cmi.core.lesson_status', status);
		} else {
			this.set('cmi.score.scaled', String(Math.round(share * 10_000) / 10_000));
			this.set('cmi.completion_status', complete ? 'completed' : 'incomplete');
			this.set(
				'cmi.success_status',
				!complete || passed === null ? 'unknown' : passed ? 'passed' : 'failed'
			);
		}
	}

	/** Asks the LMS to store what it has been given. */
	commit() {
		const f = this.found;
		this.ok('Commit', f.version === '1.2' ? f.api.LMSCommit('') : f.api.Commit(''));
	}

	/** Ends the sitting: its time, and whether the learner will come back to this attempt. */
	finish(sessionMs: number, suspend: boolean) {
		const f = this.found;
		this.set(this.n.sessionTime, timespan(sessionMs, this.version));
		this.set(this.n.exit, suspend ? 'suspend' : this.version === '1.2' ? '' : 'normal');
		this.ok('Terminate', f.version === '1.2' ? f.api.LMSFinish('') : f.api.Terminate(''));
	}
}
