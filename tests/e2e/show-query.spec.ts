import { expect, test, type Locator, type Page } from '@playwright/test';
import { allowForPages, collectErrors, settled, tableRows } from './helpers';

const FILTERED_VIEW = /\bv_(transactions|customers|activities)\b/;

/**
 * Open the "show query" under a chart or table, check its statement `index` reads the filtered
 * views, follow that statement's link to the SQL console and return the rows the console shows.
 */
async function runInConsole(
	page: Page,
	under: Locator,
	{ summary = 'Show query', index = 0 } = {}
): Promise<Record<string, string>[]> {
	const shown = under.locator('details.show-query');
	await expect(shown.locator('pre').first()).toBeHidden();
	await shown.getByText(summary).click();
	const sql = (await shown.locator('pre').nth(index).textContent()) ?? '';
	expect(sql).toMatch(FILTERED_VIEW);
	await shown.getByRole('link', { name: 'Open in the SQL console' }).nth(index).click();
	await expect(page).toHaveURL(/\/sql\/\?/);
	await settled(page);
	await expect(page.locator('#sql')).toHaveValue(sql);
	await expect(page.getByTestId('sql-error')).toHaveCount(0);
	return tableRows(page.getByTestId('sql-result').locator('table'));
}

test('a chart or table shows its query, which the SQL console runs on the same filters', async ({
	page
}) => {
	allowForPages(6);
	const errors = collectErrors(page);

	// Overview, filtered to 2024: the console keeps the filter, so the monthly query gives 2024 only.
	await page.goto('/?from=2024-01-01');
	await settled(page);
	const monthly = page
		.locator('section.card')
		.filter({ has: page.getByRole('heading', { name: 'Revenue and active customers by month' }) });
	const months = await runInConsole(page, monthly);
	await expect(page).toHaveURL(/[?&]from=2024-01-01/);
	expect(months.map((m) => m.month)).toEqual(
		Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`)
	);

	// The cohort heatmap: one row per cohort and month after it.
	await page.goto('/cohorts/');
	await settled(page);
	expect((await runInConsole(page, page.getByTestId('cohort-heatmap'))).length).toBeGreaterThan(0);

	// RFM runs four queries, each shown and runnable alone; the last lists the segments.
	await page.goto('/rfm/');
	await settled(page);
	const todo = page
		.locator('section.card')
		.filter({ has: page.getByRole('heading', { name: 'What to do with each segment' }) });
	const segments = await runInConsole(page, todo, { summary: 'Show the 4 queries', index: 3 });
	expect(segments.map((s) => s.segment)).toContain('Champions');

	// A hand-written table: the customer list's page of rows.
	await page.goto('/customers/');
	await settled(page);
	const customers = await runInConsole(page, page.locator('section.card.list'));
	expect(customers.length).toBeGreaterThan(0);
	expect(customers[0]).toHaveProperty('customer_id');

	expect(errors.pageErrors).toEqual([]);
});

test('every chart on the churn pages has a closed "show query" in its card', async ({ page }) => {
	for (const path of ['/churn/', '/churn/when/']) {
		await page.goto(path);
		await settled(page);
		const charts = page.locator('main [role="img"]');
		expect(await charts.count(), path).toBeGreaterThan(2);
		for (const chart of await charts.all()) {
			// Under the chart, or under the table beside it that holds the same rows.
			const shown = chart.locator('xpath=ancestor::section[1]').locator('details.show-query');
			await expect(shown.first(), path).not.toHaveAttribute('open');
			await expect(shown.first().locator('pre', { hasText: FILTERED_VIEW }).first()).toBeAttached();
		}
	}
});
