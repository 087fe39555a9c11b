import { expect, type Browser, type BrowserContext } from '@playwright/test';
import { join } from 'node:path';
import { sections } from './module-data';
import { QuizPage } from './quiz-page';

/**
 * A student on their own device: joins through the link, answers question 1 (right, or wrong
 * twice), hands in, and saves the results file in `dir`; returns its path. `watch` sees the
 * device's browser context before anything loads.
 */
export async function handIn(
	browser: Browser,
	link: string,
	name: string,
	dir: string,
	{
		right = true,
		watch = async () => {}
	}: { right?: boolean; watch?: (context: BrowserContext) => Promise<unknown> } = {}
) {
	const context = await browser.newContext();
	await watch(context);
	const page = await context.newPage();
	await page.goto(link);
	await page.getByRole('textbox', { name: 'Your name or nickname' }).fill(name);
	await page.getByRole('button', { name: 'Start' }).click();
	await page.getByRole('link', { name: /^Continue: / }).click();
	const quiz = new QuizPage(page, sections[0]!.id);
	await quiz.answerAndCheck(1, right);
	if (!right) {
		await quiz.answer(1, false);
		await quiz.check();
		await expect(quiz.status).toContainText('Answer saved on this device.');
	}
	await page.goto(link);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Hand in my results' }).click();
	const path = join(dir, `${name}.json`);
	await (await downloading).saveAs(path);
	await context.close();
	return path;
}
