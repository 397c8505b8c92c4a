import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { HOSTILE } from '../fixtures/bad/expectations';
import { downloadAll, hoverCharts, runSqlConsoles, type Downloaded } from './actions';
import {
	chooseFiles,
	collectErrors,
	dataVersion,
	mappingForm,
	navPaths,
	waitForData,
	waitForNewData
} from './helpers';

declare global {
	interface Window {
		__pwned?: unknown;
	}
}

const [SCRIPT, IMG, SVG, IFRAME] = HOSTILE.names;
const [HYPERLINK, PLUS] = HOSTILE.formulas;
/** Customers whose ids, names, regions and products are markup or formulas. */
const CUSTOMERS = [
	{ id: 'C1', name: SCRIPT, region: IMG, membership: 'Gold' },
	{ id: IMG, name: SVG, region: 'North', membership: HYPERLINK },
	{ id: HYPERLINK, name: IFRAME, region: IMG, membership: 'Gold' },
	{ id: PLUS, name: HYPERLINK, region: 'North', membership: SVG },
	{ id: '<b>C5</b>', name: '@SUM(1+1)', region: SCRIPT, membership: 'Gold' },
	{ id: 'C6', name: 'Plain Name', region: 'North', membership: 'Silver' }
];
const PRODUCTS = [SCRIPT, IMG, SVG, IFRAME, HYPERLINK, PLUS, 'Plain product'];

function csv(rows: string[][]): Buffer {
	const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
	return Buffer.from(rows.map((r) => r.map(cell).join(',')).join('\n') + '\n');
}

/** 14 months of purchases, with costs, so that every page has something to draw. */
function transactions(): Buffer {
	const rows = [
		[
			'InvoiceNo',
			'CustomerID',
			'InvoiceDate',
			'StockCode',
			'Description',
			'Category',
			'Quantity',
			'UnitPrice',
			'UnitCost'
		]
	];
	let invoice = 1000;
	for (let month = 0; month < 14; month++)
		CUSTOMERS.forEach((c, k) => {
			if ((month + k) % 3 === 2) return;
			invoice++;
			for (let line = 0; line < 1 + ((month + k) % 3); line++) {
				const p = (k + line + month) % PRODUCTS.length;
				const day = String(1 + ((k * 5 + line) % 27)).padStart(2, '0');
				const date = `${2023 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${day} 10:00`;
				rows.push([
					`INV${invoice}`,
					c.id,
					date,
					`P${p}`,
					PRODUCTS[p],
					PRODUCTS[(p + 1) % PRODUCTS.length],
					String(1 + (line % 2)),
					(5 + p * 3.5).toFixed(2),
					(2 + p * 2.1).toFixed(2)
				]);
			}
		});
	return csv(rows);
}

function customers(): Buffer {
	return csv([
		['CustomerID', 'Name', 'Region', 'Membership', 'Churn', 'Churn Reason'],
		...CUSTOMERS.map((c, k) => [
			c.id,
			c.name,
			c.region,
			c.membership,
			k % 2 ? 'Yes' : 'No',
			k % 2 ? PRODUCTS[k] : ''
		])
	]);
}

/** Nothing ran and nothing was injected: the page is as safe as before the data came. */
async function expectNoInjection(page: Page, where: string) {
	expect(await page.evaluate(() => window.__pwned), `script ran on ${where}`).toBeUndefined();
	const injected = await page.evaluate(
		() =>
			document.querySelectorAll('img[src="x"], svg[onload], iframe[srcdoc], main script').length +
			[...document.querySelectorAll('b')].filter((b) => b.textContent === 'C5').length
	);
	expect(injected, `elements injected on ${where}`).toBe(0);
}

/** A cell a spreadsheet would run: starts with = + - @ tab or CR, and is not a plain number. */
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?\d+(\.\d+)?(e[-+]?\d+)?$/i;

test('hostile names in the data never run as script, in pages, tooltips, filters and exports', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto('/data/');
	await waitForData(page);

	await chooseFiles(page, [
		{ name: 'hostile-transactions.csv', mimeType: 'text/csv', buffer: transactions() },
		{ name: 'hostile-customers.csv', mimeType: 'text/csv', buffer: customers() }
	]);
	for (const file of ['hostile-transactions.csv', 'hostile-customers.csv']) {
		const form = mappingForm(page, file);
		await expect(form).toBeVisible();
		await expectNoInjection(page, `the mapping form of ${file}`);
		const before = await dataVersion(page);
		await form.getByTestId('confirm-load').click();
		await waitForNewData(page, before);
	}
	await expect(page.getByTestId('ingest-error')).toHaveCount(0);
	await expectNoInjection(page, '/data/');

	const downloads: Downloaded[] = [];
	let shownAsText = 0;
	const paths = await navPaths(page);
	expect(paths.length).toBeGreaterThanOrEqual(2);
	for (const path of paths) {
		await page
			.getByRole('navigation', { name: 'Main' })
			.locator(`a[href="${path}"]`)
			.first()
			.click();
		await expect(page).toHaveURL((url) => url.pathname === path);
		await waitForData(page);
		await expect(page.locator('[data-busy="0"]')).toHaveCount(1);
		await hoverCharts(page);
		shownAsText += await page.getByText(SCRIPT, { exact: false }).count();
		await expectNoInjection(page, path);

		downloads.push(...(await downloadAll(page)));
		await runSqlConsoles(page, 'SELECT customer_id, product_name, category FROM transactions');
		await expectNoInjection(page, `${path} after its downloads`);
	}
	// The names are on screen, as text: the check above is not vacuous.
	expect(shownAsText).toBeGreaterThan(0);

	// A filter whose value is markup: shown in the chip as text, applied to every page.
	await page.goto(`/?f=${encodeURIComponent(`customers.region:${IMG}`)}`);
	await waitForData(page);
	await expect(page.getByTestId('filter-chip')).toContainText(IMG);
	await hoverCharts(page);
	await expectNoInjection(page, 'the overview filtered by a markup value');

	expect(downloads.length, 'CSV exports offered by the pages').toBeGreaterThan(0);
	let neutralised = 0;
	for (const d of downloads) {
		expect(d.text.startsWith('\uFEFF'), `${d.name} starts with a BOM`).toBe(true);
		const parsed = Papa.parse<string[]>(d.text.slice(1), { skipEmptyLines: true });
		for (const row of parsed.data)
			for (const value of row) {
				if (NUMBER.test(value)) continue;
				expect(value, `${d.name} (${d.page}) cell`).not.toMatch(FORMULA);
				if (/^'[=+\-@]/.test(value)) neutralised++;
			}
	}
	expect(neutralised, 'formula cells exported with a leading apostrophe').toBeGreaterThan(0);
	expect(errors.pageErrors).toEqual([]);
});
