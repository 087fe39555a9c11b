import { teacherText } from '$lib/messages/teacher';
import { questionTitle } from '$lib/question-types/reports';
import type { ClassReport } from './class-report';
import type { AnswerCount } from './analysis';
import { cleanName } from '$lib/module/clean-name';

// A spreadsheet may run a cell as a formula when it starts with = + - @ (or their full-width
// forms), also after spaces or line breaks it skips; such a cell starts with ' instead.
const FORMULA = /^[\s\u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n ]/;
const cell = (value: string | number) => {
	const text = String(value);
	const safe = typeof value === 'string' && FORMULA.test(text) ? `'${text}` : text;
	return `"${safe.replace(/"/g, '""')}"`;
};

/** A file name made from a title: no path, no characters a file system refuses, not too long. */
export function csvFileName(title: string, what: string): string {
	const base = cleanName(title)
		// eslint-disable-next-line no-control-regex -- control characters are what it takes out
		.replace(/[\\/:*?"<>|\u0000-\u001F\u007F]/g, '-')
		.replace(/^[.\s-]+/, '')
		.slice(0, 80)
		.trim();
	return `${base || 'class'}-${what}.csv`;
}
const table = (rows: (string | number)[][]) =>
	rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';

/** The class table as CSV: one row per student, a column per section. */
export function classCsv(report: ClassReport, sectionTitle: (id: string) => string): string {
	const t = teacherText;
	const head = [
		t.dashStudent,
		...report.sections.map(sectionTitle),
		t.dashTotal,
		t.dashMinutes,
		t.dashHandedIn,
		t.dashLate,
		t.dashFilesCount
	];
	const rows = report.students.map((r) => [
		r.student,
		...report.sections.map((s) => r.sections[s] ?? 0),
		r.graded.total,
		Math.round(r.minutes),
		r.latest.handedInAt,
		r.late ? t.yes : t.no,
		r.files
	]);
	return table([head, ...rows]);
}

/** One counted answer in words, as the dashboard shows it. */
export const answerCountText = (a: AnswerCount): string =>
	[
		a.part ? `${a.part} → ${a.text}` : a.text,
		a.expected ? ` (${teacherText.dashRightIs(a.expected)})` : '',
		`: ${a.count}`,
		a.right ? ` (${teacherText.dashRight})` : ''
	].join('');

/** The item analysis as CSV, in the words the dashboard uses. */
export function itemsCsv(report: ClassReport): string {
	const t = teacherText;
	const head = [
		t.dashNumber,
		t.dashQuestion,
		t.dashType,
		t.dashAnswered,
		`${t.dashFacility} %`,
		t.dashDiscrimination,
		t.dashChoices
	];
	const rows = report.items.map((it, i) => {
		const q = report.questions[i]!;
		return [
			i + 1,
			questionTitle(q),
			t.typeNames[q.type],
			it.answered,
			it.facility === null ? '' : it.facility.toFixed(0),
			it.discrimination === null ? '' : it.discrimination.toFixed(0),
			it.answers.map(answerCountText).join('; ')
		];
	});
	return table([head, ...rows]);
}
