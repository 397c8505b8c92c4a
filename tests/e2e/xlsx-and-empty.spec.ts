import { read, utils } from '@e965/xlsx';
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
	chooseFiles,
	dataVersion,
	mappingForm,
	storedFileNames,
	settled,
	waitForData,
	waitForNewData
} from './helpers';

test('a table downloads as .xlsx beside CSV: header row, typed numbers, notes on "About"', async ({
	page
}) => {
	await page.goto('/customers/');
	await waitForData(page);
	await settled(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('download-customers-xlsx').click()
	]);
	expect(download.suggestedFilename()).toBe('customers.xlsx');
	const book = read(await readFile(await download.path()));
	expect(book.SheetNames).toEqual(['customers', 'About']);
	const sheet = book.Sheets.customers;
	const header = utils.sheet_to_json<string[]>(sheet, { header: 1 })[0];
	expect(header).toEqual(expect.arrayContaining(['customer_id', 'revenue', 'orders']));
	const revenue = utils.encode_cell({ r: 1, c: header.indexOf('revenue') });
	expect(sheet[revenue].t).toBe('n');
	const about = utils.sheet_to_json<string[]>(book.Sheets.About, { header: 1 });
	expect(about[0][0]).toMatch(/^Customer list: [\d,]+ customers$/);
});

// Issue 12: pages came back empty without saying why.
test('a file without customer ids: the customer pages say why they are empty, baskets still run', async ({
	page
}) => {
	await page.goto('/data/');
	await waitForData(page);
	const lines = ['InvoiceNo,InvoiceDate,StockCode,Description,Quantity,UnitPrice'];
	for (let i = 1; i <= 30; i++)
		lines.push(
			`I${i},2024-01-${String(1 + (i % 28)).padStart(2, '0')} 10:00,P${i % 3},Item ${i % 3},1,2.50`
		);
	await chooseFiles(page, {
		name: 'no-customers.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(lines.join('\n'), 'utf8')
	});
	const form = mappingForm(page, 'no-customers.csv');
	const before = await dataVersion(page);
	await form.getByTestId('confirm-load').click();
	await waitForNewData(page, before);
	// Each page below is opened afresh, from the stored copy: wait until it is stored.
	await expect.poll(() => storedFileNames(page)).toEqual(['no-customers.csv']);

	for (const path of ['/rfm/', '/pareto/', '/cohorts/']) {
		await page.goto(path);
		await waitForData(page);
		const empty = page.getByTestId('empty-state');
		await expect(empty).toHaveAttribute('data-reason', 'no-customers');
		await expect(empty).toContainText('customer id');
	}
	await page.goto('/basket/');
	await waitForData(page);
	await settled(page);
	await expect(page.getByTestId('empty-state')).toHaveCount(0);
});
