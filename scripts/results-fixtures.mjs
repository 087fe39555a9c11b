// Results files as students hand them in, made up for the teacher-import benchmark: answers of
// the right shape to a run of the module's questions, some right, some wrong, some tried twice.
// They are sealed as the app seals them (SHA-256 over canonical JSON); the app checks the seal
// on import, so a file this script got wrong would be refused and the benchmark would say so.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const MODULE = 'iraq-crisis-2014';

export function loadModule() {
	const dir = new URL(`../content/modules/${MODULE}/`, import.meta.url);
	const raw = parse(readFileSync(new URL('module.yaml', dir), 'utf8'));
	const article = readFileSync(new URL('article.md', dir), 'utf8');
	const sections = [...article.matchAll(/^## .+? \{#([a-z0-9-]+)\}$/gm)].map((m) => m[1]);
	return { id: MODULE, questions: raw.questions, sections };
}

/** Consecutive sections holding exactly `count` questions. */
export function sectionsWith(mod, count) {
	const sizes = mod.sections.map((s) => mod.questions.filter((q) => q.section === s).length);
	for (let start = 0; start < sizes.length; start++) {
		let total = 0;
		for (let end = start; end < sizes.length; end++) {
			total += sizes[end];
			if (total === count) return mod.sections.slice(start, end + 1);
			if (total > count) break;
		}
	}
	throw new Error(`No run of sections holds exactly ${count} questions`);
}

const other = (list, id) => list.find((x) => x !== id) ?? id;

/** A right or a wrong answer of the shape the question takes (also used by the e2e tests). */
export function answerTo(q, right) {
	const ids = (q.options ?? []).map((o) => (typeof o === 'string' ? o : o.id));
	switch (q.type) {
		case 'single':
			return { type: 'single', choice: right ? q.answer : other(ids, q.answer) };
		case 'multiple':
			return { type: 'multiple', choices: right ? q.answer : [other(ids, q.answer[0])] };
		case 'truth':
			return { type: 'truth', value: right ? q.answer : q.answer === 'true' ? 'false' : 'true' };
		case 'match': {
			const pairs = q.pairs.map((p) => p.id);
			return {
				type: 'match',
				pairs: Object.fromEntries(
					pairs.map((p, i) => [p, right ? p : pairs[(i + 1) % pairs.length]])
				)
			};
		}
		case 'order': {
			const items = q.items.map((i) => i.id);
			return { type: 'order', items: right ? items : [...items].reverse() };
		}
		case 'fill':
			return { type: 'fill', text: right ? q.accept[0] : 'no idea' };
		case 'classify':
			return {
				type: 'classify',
				kinds: Object.fromEntries(
					q.statements.map((s) => [
						s.id,
						right ? s.answer : s.answer === 'fact' ? 'opinion' : 'fact'
					])
				)
			};
		case 'locate':
			return { type: 'locate', choice: right ? q.answer : other(q.places, q.answer) };
		default: // speaker, relation
			return { type: q.type, choice: right ? q.answer : other(ids, q.answer) };
	}
}

function canonical(value) {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object')
		return `{${Object.keys(value)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
			.join(',')}}`;
	return JSON.stringify(value);
}

/** A small deterministic random source, so every run imports the same class. */
function random(seed) {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** FNV-1a in base 36, as src/lib/module/hash.ts: the check at the end of an assignment link. */
function fingerprint(text) {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(36);
}

/**
 * The code of an assignment link (src/lib/assign/link.ts), from its payload's short keys: a
 * results file must repeat the rules its code holds, or the dashboard refuses it.
 */
export function linkCode(payload) {
	const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
	return `1.${body}.${fingerprint(body)}`;
}

/** The payload of an assignment link's code. */
export function linkPayload(code) {
	return JSON.parse(Buffer.from(code.split('.')[1], 'base64url').toString('utf8'));
}

/**
 * `students` sealed results files for one immediate-mode assignment of `sections`. With `names`
 * (a class list the link carries), the files are version 3: each student picked their name from
 * the list and carries a student id, as the app makes them. Without `code` the files are for a
 * link made here; with it, they repeat the rules the code holds.
 */
export function classFiles(mod, sections, students, { code, names } = {}) {
	const link =
		code === undefined
			? {
					m: mod.id,
					s: sections,
					f: 'immediate',
					p: 0,
					d: '2026-11-30',
					l: false,
					t: 'Benchmark class',
					c: '10B'
				}
			: linkPayload(code);
	code ??= linkCode(link);
	const asked = mod.questions.filter((q) => sections.includes(q.section));
	const rand = random(42);
	const start = Date.parse('2026-11-20T09:00:00Z');
	return Array.from({ length: students }, (_, n) => {
		const skill = 0.3 + 0.6 * rand();
		let at = start + n * 60_000;
		const attempts = [];
		for (const q of asked) {
			for (let tried = 1; tried <= 2; tried++) {
				const right = rand() < skill;
				at += 20_000 + Math.floor(rand() * 40_000);
				attempts.push({
					questionId: q.id,
					sectionId: q.section,
					answer: answerTo(q, right),
					try: tried,
					at,
					round: 1
				});
				if (right) break;
			}
		}
		const body = {
			format: 'lectern-results',
			version: names ? 3 : 2,
			module: { id: mod.id, version: 'bench' },
			assignment: {
				code,
				title: link.t,
				className: link.c,
				sections: link.s,
				mode: link.f,
				due: link.d,
				passMark: link.p,
				locked: link.l
			},
			student: names?.[n] ?? `Student ${n + 1}`,
			...(names ? { studentId: `bench-${n + 1}` } : {}),
			handedInAt: new Date(at + 60_000).toISOString(),
			attempts,
			closed: [],
			totals: { points: 0, max: asked.length, answered: asked.length }
		};
		const checksum = `sha256:${createHash('sha256').update(canonical(body)).digest('hex')}`;
		return { name: `student-${n + 1}.json`, text: JSON.stringify({ ...body, checksum }) };
	});
}
