import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import {
	chooseFiles,
	dataVersion,
	mappingForm,
	waitForData,
	waitForNewData,
	settled
} from './helpers';

const HYPERLINK = '=HYPERLINK("http://evil.example/?x=1","click me")';

/** A customers export whose names try formula injection; one Chinese name must survive intact. */
const CUSTOMERS = [
	'CustomerID,Name,Branch,OwnerRep',
	`C001,"${HYPERLINK.replaceAll('"', '""')}",Shanghai,Li Na`,
	'C002,+1+2,Shanghai,Li Na',
	'C003,@SUM(A1:A9),Shanghai,David Chen',
	'C004,-2+3,Shanghai,David Chen',
	'C005,王伟,Shanghai,Li Na',
	'C006,Emma Clark,Beijing,Zhang Wei',
	'C007,"=cmd|\' /C calc\'!A0",Beijing,Zhang Wei'
].join('\n');

test('the customer list exports a filtered CSV with a BOM, its filters on top, and formulas neutralised', async ({
	page
}) => {
	await page.goto('/data/');
	await waitForData(page);
	await chooseFiles(page, {
		name: 'customers-export.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(CUSTOMERS, 'utf8')
	});
	const form = mappingForm(page, 'customers-export.csv');
	await expect(form.getByTestId('table-select')).toHaveValue('customers');
	const before = await dataVersion(page);
	await form.getByTestId('confirm-load').click();
	await waitForNewData(page, before);

	// The list behind one branch (a filter set through the URL, as a shared link would).
	await page.goto(`/customers/?${new URLSearchParams({ f: 'customers.branch:Shanghai' })}`);
	await settled(page);
	await expect(page.getByTestId('customer-count')).toHaveAttribute('data-count', '5');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId('download-customers').click()
	]);
	expect(download.suggestedFilename()).toBe('customers.csv');
	const csv = await readFile(await download.path(), 'utf8');

	// UTF-8 with a BOM (Excel reads Chinese right), then what the file is, a blank line, the table.
	expect(csv.startsWith('\uFEFF')).toBe(true);
	const [head, table] = csv.slice(1).split('\r\n\r\n');
	expect(head.split('\r\n')).toEqual(['Customer list: 5 customers', 'Customer branch: Shanghai']);
	const { data } = Papa.parse<Record<string, string>>(table, { header: true });
	expect(data.map((r) => r.customer_id).sort()).toEqual(['C001', 'C002', 'C003', 'C004', 'C005']);
	expect(Object.keys(data[0])).toEqual(
		expect.arrayContaining(['customer_id', 'name', 'branch', 'owner_rep', 'revenue', 'orders'])
	);

	// Every cell a spreadsheet would run as a formula starts with an apostrophe; text is intact.
	const name = (id: string) => data.find((r) => r.customer_id === id)!.name;
	expect(name('C001')).toBe(`'${HYPERLINK}`);
	expect(name('C002')).toBe("'+1+2");
	expect(name('C003')).toBe("'@SUM(A1:A9)");
	expect(name('C004')).toBe("'-2+3");
	expect(name('C005')).toBe('王伟');
	for (const row of data)
		for (const cell of Object.values(row))
			expect(cell, JSON.stringify(row)).not.toMatch(/^[=+\-@\t\r]/);
});
