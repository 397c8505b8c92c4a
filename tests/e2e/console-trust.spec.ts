import { expect, test } from '@playwright/test';
import { recordRequests, settled, waitForData } from './helpers';

const LONG = 'SELECT sum(hash(i)) AS h FROM range(20000000000) t(i)';

test('a /sql/?q= link shows its query and runs nothing until asked; a reload asks again', async ({
	page
}) => {
	const requests = recordRequests(page);
	const sql = 'SELECT count(*) AS n FROM customers';
	await page.goto(`/sql/?${new URLSearchParams({ q: sql })}`);
	await waitForData(page);
	const ask = page.getByTestId('sql-link');
	await expect(ask).toContainText(sql);
	await expect(page.getByTestId('sql-result')).toHaveCount(0);
	await ask.getByRole('button', { name: 'Run this query' }).click();
	await settled(page);
	await expect(page.getByTestId('sql-result')).toContainText('6,000');
	await page.reload();
	await waitForData(page);
	await expect(page.getByTestId('sql-link')).toBeVisible();
	await expect(page.getByTestId('sql-result')).toHaveCount(0);
	expect(requests.urls.filter((u) => u.includes('127.0.0.1:9'))).toEqual([]);
});

test('a URL or a path as a table is refused, and nothing is fetched', async ({ page }) => {
	const requests = recordRequests(page);
	await page.goto('/sql/');
	await settled(page);
	for (const sql of [
		'SELECT * FROM "http://127.0.0.1:9/x.csv"',
		'SELECT * FROM customers, "http://127.0.0.1:9/x.csv"',
		'WITH a AS (SELECT * FROM "http://127.0.0.1:9/x.csv") SELECT * FROM a',
		'DESCRIBE "http://127.0.0.1:9/x.csv"',
		'SUMMARIZE "http://127.0.0.1:9/x.csv"'
	]) {
		await page.locator('#sql').fill(sql);
		await page.getByRole('button', { name: /^Run/ }).click();
		await expect(page.getByTestId('sql-error'), sql).toContainText(/Not run:.*not a table or view/);
	}
	await settled(page);
	expect(requests.urls.filter((u) => u.includes('127.0.0.1:9'))).toEqual([]);
});

test('a long console query can be cancelled, and leaving the page stops it', async ({ page }) => {
	await page.goto('/sql/');
	await settled(page);
	await page.locator('#sql').fill(LONG);
	await page.getByRole('button', { name: /^Run/ }).click();
	await page.getByTestId('sql-cancel').click();
	await expect(page.getByTestId('sql-error')).toHaveText('The query was cancelled.', {
		timeout: 10_000
	});
	await settled(page);

	// Run it again and go to another page: that page's queries answer at once.
	await page.getByRole('button', { name: /^Run/ }).click();
	await expect(page.getByTestId('sql-cancel')).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Overview' })
		.click();
	await expect(page.locator('main h1').first()).toHaveText('Who makes the money');
	await settled(page);
});
