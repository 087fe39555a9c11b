import { describe, expect, it } from 'vitest';
import { findScormApi, type WindowLike } from './scorm-api';

const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

/** A window, framed by `parent` (itself when at the top, as browsers do). */
function frame(props: Partial<WindowLike> = {}, parent?: WindowLike): WindowLike {
	const win: WindowLike = { ...props };
	win.parent = parent ?? win;
	return win;
}

describe('finding the LMS’s SCORM API', () => {
	it('looks on the window, then up the frames that hold it, nearest first', () => {
		const lms = frame({ API: api12 });
		const player = frame({}, frame({}, lms));
		expect(findScormApi(player)).toEqual({ version: '1.2', api: api12 });
		const nearer = frame({ API_1484_11: api2004 }, lms);
		expect(findScormApi(frame({}, nearer))?.version).toBe('2004');
	});

	it('prefers SCORM 2004 where a window offers both', () => {
		expect(findScormApi(frame({ API: api12, API_1484_11: api2004 }))?.version).toBe('2004');
	});

	it('looks in the window that opened this one when no frame holds the API', () => {
		const lms = frame({ API_1484_11: api2004 });
		const popup = frame({ opener: frame({}, lms) });
		expect(findScormApi(popup)).toEqual({ version: '2004', api: api2004 });
	});

	it('finds nothing outside an LMS, past a frame of another origin, or in frames that loop', () => {
		expect(findScormApi(frame())).toBeNull();
		const foreign: WindowLike = {};
		Object.defineProperty(foreign, 'API', {
			get: () => {
				throw new DOMException('Blocked a frame', 'SecurityError');
			}
		});
		Object.defineProperty(foreign, 'parent', {
			get: () => {
				throw new DOMException('Blocked a frame', 'SecurityError');
			}
		});
		expect(findScormApi(frame({}, foreign))).toBeNull();
		const a: WindowLike = {};
		const b: WindowLike = { parent: a };
		a.parent = b;
		expect(findScormApi(a)).toBeNull();
		// Something named API that is not one is not taken for one.
		expect(findScormApi(frame({ API: { version: 1 } }))).toBeNull();
	});
});
