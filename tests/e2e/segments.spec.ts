import { expect, test } from '@playwright/test';
import { openConsoleLink, tableRows, settled } from './helpers';

/**
 * The seed segment of datasets/README.md §7, written here as plain SQL over the loaded tables
 * (not the filtered views, not the app's compiler): Shanghai, owner Li Na, bought both a water
 * purifier and propolis on or after 2024-10-01 (3 months before the 2025-01-01 snapshot), no
 * campaign on or after 2024-07-01 (6 months).
 */
const REFERENCE = `SELECT c.customer_id FROM customers c
WHERE c.branch = 'Shanghai' AND c.owner_rep = 'Li Na'
	AND EXISTS (SELECT 1 FROM transactions t WHERE t.customer_id = c.customer_id AND NOT t.is_return
		AND t.product_name = 'Water Purifier' AND t.ts >= DATE '2024-10-01' AND t.ts < DATE '2025-01-01')
	AND EXISTS (SELECT 1 FROM transactions t WHERE t.customer_id = c.customer_id AND NOT t.is_return
		AND t.product_name = 'Propolis' AND t.ts >= DATE '2024-10-01' AND t.ts < DATE '2025-01-01')
	AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.customer_id = c.customer_id
		AND a.type = 'campaign' AND a.ts >= DATE '2024-07-01' AND a.ts < DATE '2025-01-01')
ORDER BY c.customer_id`;

test('the seed segment built condition by condition finds the reference customers on every page', async ({
	page
}) => {
	// The reference, run through the SQL console.
	await openConsoleLink(page, new URLSearchParams({ q: REFERENCE }).toString());
	const reference = (await tableRows(page.getByTestId('sql-result').locator('table'))).map(
		(r) => r.customer_id
	);
	// datasets/README.md §7 plants 14 customers.
	expect(reference).toHaveLength(14);

	await page.goto('/segments/');
	await settled(page);
	const add = page.getByRole('combobox', { name: '+ Add a condition…' });
	const conditions = page.locator('.condition');

	await add.selectOption('attribute');
	await conditions.nth(0).getByRole('combobox', { name: 'value' }).fill('Shanghai');
	await conditions.nth(0).getByRole('combobox', { name: 'value' }).press('Tab');

	await add.selectOption('attribute');
	await conditions
		.nth(1)
		.getByRole('combobox', { name: 'Customer attribute' })
		.selectOption('owner_rep');
	await conditions.nth(1).getByRole('combobox', { name: 'value' }).fill('Li Na');
	await conditions.nth(1).getByRole('combobox', { name: 'value' }).press('Tab');

	await add.selectOption('bought');
	const bought = conditions.nth(2);
	await bought.getByRole('combobox', { name: 'match' }).selectOption('all');
	for (const product of ['Water Purifier', 'Propolis']) {
		await bought.getByRole('combobox', { name: 'product' }).fill(product);
		await bought.getByRole('combobox', { name: 'product' }).press('Enter');
	}

	await add.selectOption('campaign');
	await settled(page);

	await expect(page.getByTestId('segment-words')).toHaveText(
		'Branch is “Shanghai” and owner rep is “Li Na” and bought both “Water Purifier” and ' +
			'“Propolis” in the last 3 months and attended no campaign in the last 6 months'
	);
	await expect(page.getByTestId('segment-count')).toHaveAttribute(
		'data-count',
		String(reference.length)
	);

	// Applied to every page: the customer list behind it holds exactly the reference customers.
	await page.getByRole('button', { name: 'Apply as filter on every page' }).click();
	await settled(page);
	await expect(page.getByTestId('segment-chip')).toBeVisible();
	await expect(page.getByTestId('list-customers')).toHaveText(
		`List these ${reference.length} customers →`
	);
	await page.getByTestId('list-customers').click();
	await settled(page);
	await expect(page.getByTestId('customer-count')).toHaveAttribute(
		'data-count',
		String(reference.length)
	);
	await page.getByRole('button', { name: /^Customer/ }).click(); // sort by id
	await settled(page);
	const listed = await tableRows(page.getByTestId('customer-table'));
	expect(listed.map((r) => r.Customer)).toEqual(reference);
	expect(listed.every((r) => r.branch === 'Shanghai' && r['owner rep'] === 'Li Na')).toBe(true);

	// The link reproduces the list, sort included, after a reload.
	await page.reload();
	await settled(page);
	expect((await tableRows(page.getByTestId('customer-table'))).map((r) => r.Customer)).toEqual(
		reference
	);
});
