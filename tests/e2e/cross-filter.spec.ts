import { expect, test, type Locator, type Page } from '@playwright/test';
import { num, openConsoleLink, tableRows, settled } from './helpers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const chips = (page: Page) => page.getByTestId('drill-chip');

/** Data loaded and the page's queries (filters and drills included) done. */
/**
 * Click the R×F cell of the RFM grid. The grid's layout is fixed by its option builder
 * (src/lib/charts/rfm-matrix.ts: grid left 40, right 16, top 30, bottom 48; R5 on top).
 */
async function clickCell(grid: Locator, r: number, f: number) {
	const box = (await grid.boundingBox())!;
	const x = box.x + 40 + ((f - 0.5) * (box.width - 56)) / 5;
	const y = box.y + 30 + ((5 - r + 0.5) * (box.height - 78)) / 5;
	await grid.page().mouse.click(x, y);
}

/** One number from the SQL console, run over the views (the filters in `search` applied). */
async function sqlNumber(page: Page, search: string, sql: string): Promise<number> {
	const url = new URLSearchParams(search);
	url.set('q', sql);
	await openConsoleLink(page, url.toString());
	const [row] = await tableRows(page.getByTestId('sql-result').locator('table'));
	return num(row.n);
}

test('a cell of the RFM grid filters every page, survives a reload and a shared link, and back/forward', async ({
	page,
	browser
}) => {
	await page.goto('/rfm/');
	await settled(page);

	// Clicking a cell selects it (its customers are listed) and offers it as a filter.
	await clickCell(page.locator('main [role="img"]').first(), 5, 4);
	const list = page.getByRole('region', { name: /^R5 × F4/ });
	await expect(list).toBeVisible();
	const inCell = num((await list.locator('header .muted').innerText()).match(/[\d,]+/)![0]);
	expect(inCell).toBeGreaterThan(50);
	await list.getByTestId('drill-filter').click();
	await settled(page);
	await expect(page).toHaveURL(/[?&]d=rfm_cell%3AR5F4/);

	// On the RFM page itself the grid stays whole (the filter was picked here) ...
	await expect(chips(page)).toHaveText([/RFM cell R5 × F4 · picked on this page/]);
	await expect(chips(page)).toHaveAttribute('data-applied', 'false');
	await expect(page.getByTestId('rfm-story')).toBeVisible();
	const wholeLede = await page.locator('header .lede').innerText();
	expect(wholeLede).toContain('5,801');

	// ... every other page applies it: churn counts the same customers the cell held.
	await nav(page).getByRole('link', { name: 'Churn: who & why' }).click();
	await settled(page);
	await expect(page).toHaveURL(/\/churn\/\?d=rfm_cell/);
	await expect(chips(page)).toHaveAttribute('data-applied', 'true');
	await expect(page.getByTestId('churn-story')).toContainText(
		` of ${inCell.toLocaleString('en')} customers`
	);
	const story = await page.getByTestId('churn-story').innerText();
	await expect(page.getByTestId('list-customers')).toHaveText(
		`List these ${inCell.toLocaleString('en')} customers →`
	);

	// A shared link (a new tab, nothing in memory) and a reload reproduce the view.
	const shared = page.url();
	const other = await browser.newPage();
	await other.goto(shared);
	await settled(other);
	await expect(other.getByTestId('churn-story')).toHaveText(story);
	await expect(chips(other)).toHaveText([/^RFM cell R5 × F4/]);
	await other.close();
	await page.reload();
	await settled(page);
	await expect(page.getByTestId('churn-story')).toHaveText(story);

	// Drill-through: the list behind the filter holds those customers, and SQL over the views agrees.
	await page.getByTestId('list-customers').click();
	await settled(page);
	await expect(page).toHaveURL(/\/customers\/\?d=rfm_cell/);
	await expect(page.getByTestId('customer-count')).toHaveAttribute('data-count', String(inCell));
	const search = new URL(page.url()).search;
	expect(
		await sqlNumber(page, search, 'SELECT count(DISTINCT customer_id) AS n FROM v_transactions')
	).toBe(inCell);

	// Back and forward walk the same views; back past the click removes the filter.
	await page.goBack(); // the list (the SQL console was a page load of its own)
	await settled(page);
	await page.goBack(); // churn
	await settled(page);
	await expect(page.getByTestId('churn-story')).toHaveText(story);
	await page.goBack(); // RFM with the filter
	await page.goBack(); // RFM with the cell's list open, not yet a filter
	await settled(page);
	await expect(page).toHaveURL(/\/rfm\/\?cell=5(%3A|:)4$/);
	await expect(chips(page)).toHaveCount(0);
	await expect(list).toBeVisible();
	await page.goBack(); // RFM before the click
	await settled(page);
	await expect(page).toHaveURL(/\/rfm\/$/);
	await expect(list).toBeHidden();
	await page.goForward();
	await page.goForward();
	await settled(page);
	await expect(chips(page)).toHaveCount(1);

	// Removing the chip widens every page again.
	await nav(page).getByRole('link', { name: 'Churn: who & why' }).click();
	await settled(page);
	await chips(page).getByRole('button').click();
	await settled(page);
	await expect(chips(page)).toHaveCount(0);
	await expect(page.getByTestId('churn-story')).toContainText(' of 6,000 customers');
});

test('a second pick is computed within the first, and its own page shows the data it came from', async ({
	page
}) => {
	await page.goto('/rfm/');
	await settled(page);
	await clickCell(page.locator('main [role="img"]').first(), 5, 4);
	await page.getByTestId('drill-filter').click();
	await settled(page);

	// Churn reasons among those customers: the Price part of the first bar.
	await nav(page).getByRole('link', { name: 'Churn: who & why' }).click();
	await settled(page);
	const reasons = page.getByTestId('churn-reasons').locator('[role="img"]');
	await reasons.scrollIntoViewIfNeeded();
	const box = (await reasons.boundingBox())!;
	// src/lib/charts/churn-reasons.ts: the plot starts 170 px in; walk down its first part until a
	// bar is hit (how many bars there are depends on the data).
	const picked = page.getByTestId('reason-drill');
	for (let y = box.y + 56; y < box.y + box.height - 24; y += 6) {
		await page.mouse.click(box.x + 175, y);
		if (await picked.isVisible()) break;
	}
	await expect(picked).toBeVisible();
	const reason = await picked.locator('strong').innerText();
	await picked.getByTestId('drill-list').click();
	await settled(page);

	// The list is the cell's customers who churned for that reason: SQL over the views with the
	// first filter only, counting churners for that reason from the customers file, agrees.
	await expect(chips(page)).toHaveCount(2);
	const listed = Number(await page.getByTestId('customer-count').getAttribute('data-count'));
	expect(listed).toBeGreaterThan(0);
	const search = new URL(page.url()).search;
	const firstOnly = new URLSearchParams({ d: new URLSearchParams(search).getAll('d')[0] });
	const churners = await sqlNumber(
		page,
		`?${firstOnly}`,
		`SELECT count(*) AS n FROM v_customers WHERE churned
			AND coalesce(nullif(trim(churn_reason), ''), '(no reason given)') = '${reason.replaceAll("'", "''")}'`
	);
	expect(churners).toBe(listed);

	// Back on the churn page the reasons chart shows every reason again (the pick came from it);
	// the RFM filter still applies there.
	await page.goto(`/churn/${search}`);
	await settled(page);
	await expect(chips(page).nth(0)).toHaveAttribute('data-applied', 'true');
	await expect(chips(page).nth(1)).toHaveAttribute('data-applied', 'false');
});

test('the overview keeps its comparison period in the URL: a link opens it, back restores it', async ({
	page
}) => {
	const period = page.locator('main header select');
	await page.goto('/?period=year');
	await settled(page);
	await expect(period).toHaveValue('year');
	await period.selectOption('month');
	await expect(page).toHaveURL(/[?&]period=month/);
	await page.goBack();
	await expect(page).toHaveURL(/[?&]period=year/);
	await expect(period).toHaveValue('year');
});

test('the open RFM list and the churn transitions’ start are in the URL: a reload shows the same', async ({
	page
}) => {
	await page.goto('/rfm/');
	await settled(page);
	await page.getByRole('button', { name: 'Champions' }).first().click();
	await expect(page).toHaveURL(/[?&]list=Champions/);
	await page.reload();
	await settled(page);
	await expect(page.getByRole('heading', { name: /Champions/ }).last()).toBeVisible();

	await page.goto('/churn/');
	await settled(page);
	const start = page.getByLabel('Compare from');
	await start.fill('2024-03-01');
	await start.dispatchEvent('change');
	await expect(page).toHaveURL(/[?&]since=2024-03-01/);
	await page.reload();
	await settled(page);
	await expect(page.getByLabel('Compare from')).toHaveValue('2024-03-01');
});
