import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sealResults } from '../src/lib/results/file';
import { sections } from './module-data';
import { handIn } from './hand-in';
import { QuizPage } from './quiz-page';

async function makeLink(page: Page, title: string) {
	await page.goto('/assign');
	// The form takes choices once the page is interactive.
	await expect(page.getByRole('button', { name: 'Make the link' })).toBeEnabled();
	for (const s of sections.slice(1)) {
		await page.getByRole('checkbox', { name: new RegExp(`^\\d+\\. ${s.title}$`) }).uncheck();
	}
	await page.getByRole('textbox', { name: 'Title of the assignment' }).fill(title);
	await page.getByRole('textbox', { name: 'Class' }).fill('10B');
	await page.getByRole('button', { name: 'Make the link' }).click();
	return page.getByRole('textbox', { name: 'Link for your students' }).inputValue();
}

test('a teacher imports two students’ files, with bad ones beside them, and reads the class', async ({
	page,
	browser
}, info) => {
	test.setTimeout(90_000);
	const link = await makeLink(page, 'Week 1');
	const dir = info.outputDir;
	const ann = await handIn(browser, link, 'Ann', dir);
	const ben = await handIn(browser, link, 'Ben', dir, { right: false });

	// Bad files: not JSON, and Ben's file with his score raised by hand.
	const broken = join(dir, 'broken.json');
	await writeFile(broken, '{"format": "lectern-res');
	const forged = join(dir, 'forged.json');
	const benFile = JSON.parse(await readFile(ben, 'utf8'));
	benFile.totals.points = benFile.totals.max;
	await writeFile(forged, JSON.stringify(benFile));

	await page.goto('/');
	await page.getByRole('link', { name: 'For teachers: read results' }).click();
	await expect(page.getByText('a determined student could forge a file')).toBeVisible();
	await page.getByLabel('Results files').setInputFiles([ann, broken, forged, ben]);
	const log = page.getByRole('status').filter({ hasText: 'imported' });
	await expect(log).toContainText('Ann.json: imported.');
	await expect(log).toContainText('Ben.json: imported.');
	await expect(log).toContainText('broken.json: not imported: it is not a JSON file');
	await expect(log).toContainText('forged.json: not imported: it does not match its checksum');

	const report = page.getByRole('region', { name: 'Week 1 · 10B' });
	const students = report.getByRole('table', { name: 'Students' });
	// Worked by hand: Ann right at the first try (1 point), Ben wrong twice (0).
	await expect(students.getByRole('row', { name: /^Ann/ })).toContainText('1');
	await expect(students.getByRole('row', { name: /^Ben/ }).getByRole('cell').first()).toHaveText(
		'0'
	);
	const items = report.getByRole('table', { name: 'Question by question' });
	const first = items.getByRole('row').nth(1);
	// Answered by 2, right at the first try by 1: facility 50.
	await expect(first.getByRole('cell').nth(0)).toHaveText('2');
	await expect(first.getByRole('cell').nth(1)).toHaveText('50');

	// Mastery: a row for every actor and event the section's questions ask about.
	const asked = new QuizPage(page, sections[0]!.id).questions;
	const tags = new Set(
		asked.flatMap((q) => [
			...(q.actors ?? []).map((a) => `a:${a}`),
			...(q.events ?? []).map((e) => `e:${e}`)
		])
	);
	const mastery = report.getByRole('table', { name: 'What the class knows' });
	await expect(mastery.getByRole('row')).toHaveCount(tags.size + 1);
	// Only question 1 was answered, and right by one of two: no tag can be above 50 %.
	for (const share of await mastery.locator('tbody td:last-child').allTextContents()) {
		expect(Number(share.replace('%', ''))).toBeLessThanOrEqual(50);
	}

	// Importing the same file again changes nothing.
	await page.getByLabel('Results files').setInputFiles([ann]);
	await expect(page.getByRole('status').filter({ hasText: 'Ann.json' })).toHaveText(
		'Ann.json: already imported.'
	);
	await expect(students.getByRole('row')).toHaveCount(3);

	const { violations } = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(violations.map((v) => v.id)).toEqual([]);

	// The CSV holds the same numbers.
	const downloading = page.waitForEvent('download');
	await report.getByRole('button', { name: 'Download the class table (CSV)' }).click();
	const csv = await readFile((await (await downloading).path())!, 'utf8');
	expect(csv.split('\r\n')[1]).toMatch(/^"Ann","1","1",/);

	// Ann hands in again later: the new file counts, and both stay listed.
	const again = join(dir, 'Ann-again.json');
	// A re-hand-in is the same work sealed again later; the seal covers everything but itself.
	const annFile = JSON.parse(await readFile(ann, 'utf8'));
	delete annFile.checksum;
	const later = await sealResults({ ...annFile, handedInAt: '2026-12-03T09:00:00.000Z' });
	await writeFile(again, JSON.stringify(later));
	await page.getByLabel('Results files').setInputFiles([again]);
	await expect(page.getByText('Ann-again.json: imported.')).toBeVisible();
	await report.getByText('Every file handed in (3)').click();
	await expect(
		report.getByRole('listitem').filter({ hasText: /^Ann, .*\(counted\)$/ })
	).toHaveCount(1);
	await expect(report.getByRole('listitem').filter({ hasText: /^Ann, / })).toHaveCount(2);

	// Removing the class empties the dashboard, after a confirmation.
	await report.getByRole('button', { name: 'Remove this class’s results…' }).click();
	await page.getByRole('button', { name: 'Remove them' }).click();
	await expect(page.getByText('3 files removed.')).toBeVisible();
	await expect(page.getByText('No results imported yet.')).toBeVisible();
});
