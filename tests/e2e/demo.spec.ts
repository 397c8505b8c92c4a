import { expect, test } from '@playwright/test';
import { collectErrors, tableRows, tile, tileNumber, waitForData } from './helpers';

test('first visit loads the demo and shows the overview and the quality report', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto('/');
	await waitForData(page);

	// The demo is what a first visit sees.
	await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Demo data');

	// Overview: key figures (a non-zero revenue) and at least one drawn chart.
	const figures = page.getByRole('region', { name: 'Key figures' });
	await expect(figures).toBeVisible();
	const revenue = tile(figures, 'Revenue').locator('.value');
	await expect(revenue).toHaveText(/[1-9]/);
	const chart = page.locator('main [role="img"] canvas').first();
	await expect(chart).toBeVisible();
	const box = await chart.boundingBox();
	expect(box?.width ?? 0).toBeGreaterThan(100);
	expect(box?.height ?? 0).toBeGreaterThan(100);

	// The data page, reached through the nav (client-side), accounts for every row.
	await page.getByRole('navigation', { name: 'Main' }).locator('a[href="/data/"]').first().click();
	await expect(page).toHaveURL(/\/data\/$/);
	const report = page.getByTestId('quality-report');
	await expect(report).toBeVisible();
	const read = await tileNumber(report, 'Rows read');
	const loaded = await tileNumber(report, 'Rows loaded');
	const rejected = await tileNumber(report, 'Rows rejected');
	expect(read).toBeGreaterThan(0);
	expect(loaded).toBeGreaterThan(0);
	expect(read).toBe(loaded + rejected);
	await expect(tile(report, 'Rows rejected')).toContainText('read = loaded + rejected');

	// Each demo table is listed, with its own rows adding up.
	const files = await tableRows(report.locator('table').first());
	expect(files.map((f) => f.File).sort()).toEqual([
		'demo-activities.csv.gz',
		'demo-customers.csv.gz',
		'demo-transactions.csv.gz'
	]);
	for (const f of files)
		expect(Number(f.Read.replace(/,/g, '')), f.File).toBe(
			Number(f.Loaded.replace(/,/g, '')) + Number(f.Rejected.replace(/,/g, ''))
		);

	expect(errors.pageErrors).toEqual([]);
});
