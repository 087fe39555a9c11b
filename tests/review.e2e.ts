import { expect, test } from './fixtures';
import type { SectionPage } from './pages/section-page';

const start = Date.parse('2026-11-25T10:00:00Z');
const after = (minutes: number) => new Date(start + minutes * 60_000);

/** At `start`, question 1 right at once and question 2 wrong twice, in the first section. */
async function rightThenMissed(quiz: SectionPage) {
	await quiz.page.clock.install({ time: start });
	await quiz.goto();
	await quiz.answerAndCheck(1, true);
	await quiz.next();
	await quiz.missTwice(2);
	await expect(quiz.page.getByRole('button', { name: 'Next question' })).toBeVisible();
}

test('a missed question comes back the same day, one known after days; the review counts and sums up', async ({
	page,
	sectionPage: quiz,
	homePage: home
}) => {
	await rightThenMissed(quiz);
	await home.goto();
	await expect(home.reviewLink('Review: nothing due now')).toBeVisible();

	// Eleven minutes later only the missed question is back: the same day.
	await page.clock.setSystemTime(after(11));
	await home.goto();
	const review = await home.openReview('Review: 1 question due');
	await expect(review.dueHeading(1)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Question 1 of 1' })).toBeVisible();
	// The fill-in question asked again: its prompt names the group of its answer box.
	await expect(review.asked(/^ISIS took Tikrit/)).toBeVisible();
	await review.answer(quiz.question(2), true);
	await review.check();
	await expect(review.status).toHaveText('Correct. Review saved on this device.');
	await review.next();
	await expect(review.doneHeading).toBeFocused();
	await expect(
		page.getByText('You reviewed 1 question: 1 right, 0 to see again soon.')
	).toBeVisible();
	await expect(page.getByText(/^The next question comes back on /)).toBeVisible();

	// A day on, the question now right once is back; the one known at once waits two days.
	await page.clock.setSystemTime(after(24 * 60 + 15));
	await page.reload();
	await expect(review.dueHeading(1)).toBeVisible();
	await expect(review.asked(/^ISIS took Tikrit/)).toBeVisible();
	await page.clock.setSystemTime(after(2 * 24 * 60 + 20));
	await page.reload();
	await expect(review.dueHeading(2)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
});

test('"Show in text" from the review marks the sentence in view on its section, and leads back to the review', async ({
	page,
	sectionPage: quiz,
	homePage: home
}) => {
	await rightThenMissed(quiz);
	await page.clock.setSystemTime(after(11));
	await home.goto();
	const review = await home.openReview('Review: 1 question due');
	await review.answer(quiz.question(2), true);
	await review.check();
	await page.getByRole('button', { name: 'Show in text' }).click();

	await expect(quiz.pageHeading).toBeVisible();
	await expect(quiz.marked.first()).toBeFocused();
	await expect(quiz.marked.first()).toBeInViewport();
	const evidence = quiz.question(2).evidence[0]!;
	expect((await quiz.marked.allTextContents()).join(' ')).toContain(evidence.split('. ')[0]);
	await page.getByRole('link', { name: 'Back to review' }).click();
	await expect(page).toHaveURL(/\/review$/);
	await expect(review.heading).toBeVisible();
});
