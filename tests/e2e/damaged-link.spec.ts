import { expect, test } from '@playwright/test';
import { collectErrors, settled } from './helpers';

test('a damaged shared link says what it left out, in both languages, and can be cleaned', async ({
	page
}) => {
	const errors = collectErrors(page);
	// A drill of no known kind and a cohort that is not a month, beside a filter that reads fine.
	await page.goto('/rfm/?d=nonsense&d=cohort:2024-3&f=customers.branch:Shanghai');
	await settled(page);

	const notice = page.getByTestId('unread-link');
	await expect(notice).toContainText('Part of this link could not be read and was left out.');
	await expect(notice).toHaveAttribute('title', /d=nonsense\nd=cohort:2024-3/);
	await expect(page.getByTestId('drill-chip')).toHaveCount(0);
	await expect(page.getByTestId('filter-chip')).toContainText('Shanghai');

	await page.getByTestId('language').selectOption('zh-CN');
	await expect(notice).toContainText('此链接有一部分无法读取，已略去。');

	await notice.getByRole('button', { name: '从链接中移除' }).click();
	await expect(notice).toHaveCount(0);
	await expect(page).toHaveURL(/\/rfm\/\?f=customers\.branch%3AShanghai$/);
	await expect(page.getByTestId('filter-chip')).toContainText('Shanghai');
	expect(errors.pageErrors).toEqual([]);
});
