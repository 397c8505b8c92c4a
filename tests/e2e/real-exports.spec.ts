import { expect, test, type Page } from '@playwright/test';
import {
	chooseFiles,
	collectErrors,
	dataVersion,
	filesTable,
	fixture,
	mappingForm,
	tableRows,
	tileNumber,
	waitForData,
	waitForNewData,
	waitForQueries
} from './helpers';

// Issue 12: the exports users have (Excel workbooks, member files without money) load the first time.

async function openDataPage(page: Page) {
	await page.goto('/data/');
	await waitForData(page);
}

async function confirm(page: Page, form: ReturnType<typeof mappingForm>) {
	const before = await dataVersion(page);
	await form.getByTestId('confirm-load').click();
	await waitForNewData(page, before);
	await expect(page.getByTestId('ingest-error')).toHaveCount(0);
}

test('an Excel workbook: the sheet is picked in the mapping form and every row is accounted for', async ({
	page
}) => {
	const errors = collectErrors(page);
	await openDataPage(page);
	await chooseFiles(page, fixture('workbook.xlsx'));
	const form = mappingForm(page, 'workbook.xlsx');
	const sheet = form.getByTestId('sheet-select');
	await expect(sheet).toHaveValue('Orders');
	await expect(form.getByTestId('table-select')).toHaveValue('transactions');
	await expect(form.locator('select[data-field="ts"]')).toHaveValue('InvoiceDate');
	await expect(form).toContainText('YYYY-MM-DD');
	await expect(form).toContainText('Excel workbook, sheet “Orders”, with a header row');

	// The other sheet has its own columns: the form is planned again for it, and back.
	await sheet.selectOption('Customers');
	await expect(form.getByTestId('table-select')).toHaveValue('customers');
	await expect(form.locator('select[data-field="churned"]')).toHaveValue('Churned');
	await form.getByTestId('sheet-select').selectOption('Orders');
	await expect(form.getByTestId('table-select')).toHaveValue('transactions');

	await confirm(page, form);
	expect(await tableRows(filesTable(page))).toEqual([
		{ File: 'workbook.xlsx', 'Loaded as': 'transactions', Read: '12', Loaded: '12', Rejected: '0' }
	]);
	expect(errors.pageErrors).toEqual([]);
});

test('a member file without money (DD-MM-YYYY): every row loads and the basket page shows baskets', async ({
	page
}) => {
	const errors = collectErrors(page);
	await openDataPage(page);
	await chooseFiles(page, fixture('members-dmy-dash.csv'));
	const form = mappingForm(page, 'members-dmy-dash.csv');
	await expect(form.locator('select[data-field="customer_id"]')).toHaveValue('Member_number');
	await expect(form.locator('select[data-field="product_id"]')).toHaveValue('itemDescription');
	await expect(form).toContainText('D-M-YYYY');
	await expect(form.getByTestId('plan-warnings')).toHaveCount(0);

	await confirm(page, form);
	const report = page.getByTestId('quality-report');
	expect(await tileNumber(report, 'Rows read')).toBe(40);
	expect(await tileNumber(report, 'Rows loaded')).toBe(40);
	expect(await tileNumber(report, 'Rows rejected')).toBe(0);
	expect(await tileNumber(report, 'Customers')).toBe(8);

	await page.getByRole('navigation', { name: 'Main' }).locator('a[href*="basket"]').click();
	await waitForQueries(page);
	// Baskets are member × day: the file has 25 of them.
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(await tileNumber(page, 'Baskets')).toBe(25);
	expect(errors.pageErrors).toEqual([]);
});

test('dates whose day/month order nothing proves: the form asks, and the chosen order loads', async ({
	page
}) => {
	await openDataPage(page);
	const text = 'Member_number,Date,itemDescription\n1,03-05-2015,milk\n2,04-06-2015,bread\n';
	await chooseFiles(page, {
		name: 'ambiguous.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(text)
	});
	const form = mappingForm(page, 'ambiguous.csv');
	await expect(form.getByTestId('plan-warnings')).toContainText('no day above 12');
	const order = form.getByTestId('date-order-ts');
	await expect(order).toHaveValue('dmy-dash');
	await order.selectOption('mdy-dash');
	await confirm(page, form);
	await expect(page.getByTestId('quality-report')).toContainText('2015-03-05');
});
