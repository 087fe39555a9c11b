import { teacherText } from '$lib/messages/teacher';
import { questionTitle } from '$lib/question-types/reports';
import type { ClassReport } from './class-report';
import type { AnswerCount } from './analysis';

const cell = (value: string | number) => {
	const text = String(value);
	// Quote every cell; a leading = + - @ could run as a formula in a spreadsheet.
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return `"${safe.replace(/"/g, '""')}"`;
};
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
