import { expect, test, type Page } from '@playwright/test';
import { FIXTURES, type FixtureExpectation } from '../fixtures/expectations';
import {
	allowForPages,
	chooseFiles,
	collectErrors,
	dataVersion,
	filesTable,
	fixture,
	mappingForm,
	navPaths,
	num,
	shell,
	storedFileNames,
	tableRows,
	tileNumber,
	waitForData,
	waitForNewData,
	waitForQueries
} from './helpers';

function expectation(file: string): FixtureExpectation {
	const found = FIXTURES.find((f) => f.file === file);
	if (!found) throw new Error(`tests/fixtures/expectations.ts has no entry for ${file}`);
	return found;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Open /data/ with the demo loaded. */
async function openDataPage(page: Page) {
	await page.goto('/data/');
	await waitForData(page);
	await expect(nav(page)).toContainText('Demo data');
}

/** The report's row accounting, from the tiles. */
async function rowTiles(page: Page) {
	const report = page.getByTestId('quality-report');
	return {
		read: await tileNumber(report, 'Rows read'),
		loaded: await tileNumber(report, 'Rows loaded'),
		rejected: await tileNumber(report, 'Rows rejected')
	};
}

test('a GBK file with Chinese headers maps, loads, persists and can be removed', async ({
	page
}) => {
	const gbk = expectation('gbk-chinese-headers.csv');
	const errors = collectErrors(page);
	await openDataPage(page);

	await chooseFiles(page, fixture(gbk.file));
	const form = mappingForm(page, gbk.file);
	await expect(form).toBeVisible();

	// The detected encoding is shown, and the Chinese headers map onto the canonical fields.
	await expect(form).toContainText(/GB18030|GBK/);
	await expect(form.getByTestId('table-select')).toHaveValue(gbk.table);
	expect(gbk.mapping.customer_id).toBe('会员卡号');
	expect(gbk.mapping.ts).toBe('下单时间');
	for (const [field, header] of Object.entries(gbk.mapping))
		await expect(form.locator(`select[data-field="${field}"]`), field).toHaveValue(header);
	await expect(form).toContainText('YYYY/M/D');

	// The preview decodes the Chinese text intact.
	await form.getByText('First rows of the file').click();
	const sample = form.locator('.sample table');
	await expect(sample.locator('thead')).toContainText(gbk.headers.join(''));
	await expect(sample).toContainText('红富士苹果');
	await expect(sample).toContainText('北京朝阳店');

	const before = await dataVersion(page);
	await form.getByTestId('confirm-load').click();
	await waitForNewData(page, before);
	await expect(form).toHaveCount(0);
	await expect(page.getByTestId('ingest-error')).toHaveCount(0);

	// The upload replaced the demo whole: only this file, every row accounted for.
	await expect(nav(page)).toContainText('Your data');
	const files = await tableRows(filesTable(page));
	expect(files).toEqual([
		{
			File: gbk.file,
			'Loaded as': gbk.table,
			Read: String(gbk.rows),
			Loaded: String(gbk.rows - gbk.rejected),
			Rejected: String(gbk.rejected)
		}
	]);
	const rows = await rowTiles(page);
	expect(rows).toEqual({ read: gbk.rows, loaded: gbk.rows - gbk.rejected, rejected: gbk.rejected });

	// The rejected row names the Chinese column and the value it could not read.
	const rejects = page.getByTestId('rejects');
	await expect(rejects).toBeVisible();
	const rejected = await tableRows(rejects.locator('table'));
	expect(rejected).toContainEqual(
		expect.objectContaining({ File: gbk.file, Column: '下单时间', Value: '2024/13/45 10:00' })
	);

	// Reload: the file comes back from OPFS, not the demo. The app stores the file after the load
	// has finished, so wait for the manifest before reloading.
	await expect.poll(() => storedFileNames(page)).toEqual([gbk.file]);
	await page.reload();
	await waitForData(page);
	await expect(nav(page)).toContainText('Your data');
	await expect(nav(page)).toContainText(gbk.file);
	expect((await tableRows(filesTable(page))).map((f) => f.File)).toEqual([gbk.file]);
	expect(await rowTiles(page)).toEqual(rows);

	// "Remove my data" forgets the file and brings the demo back.
	const loaded = await dataVersion(page);
	await page.getByRole('button', { name: 'Remove my data from this browser' }).click();
	await waitForNewData(page, loaded);
	await expect(nav(page)).toContainText('Demo data');
	await expect(nav(page)).not.toContainText('Your data');
	await expect(page.getByRole('button', { name: 'Remove my data from this browser' })).toHaveCount(
		0
	);
	expect((await tableRows(filesTable(page))).map((f) => f.File).sort()).toEqual([
		'demo-activities.csv.gz',
		'demo-customers.csv.gz',
		'demo-transactions.csv.gz'
	]);
	expect(await storedFileNames(page)).toEqual([]);

	expect(errors.pageErrors).toEqual([]);
});

test('US dates: the mapping form names the M/D/YYYY format and the rows add up', async ({
	page
}) => {
	const us = expectation('us-dates.csv');
	const errors = collectErrors(page);
	await openDataPage(page);

	await chooseFiles(page, fixture(us.file));
	const form = mappingForm(page, us.file);
	await expect(form).toBeVisible();
	await expect(form).toContainText('UTF-8');
	await expect(form).toContainText('ts: M/D/YYYY');
	await expect(form.locator('select[data-field="ts"]')).toHaveValue(us.mapping.ts);
	await expect(form.locator('select[data-field="customer_id"]')).toHaveValue(
		us.mapping.customer_id
	);

	const before = await dataVersion(page);
	await form.getByTestId('confirm-load').click();
	await waitForNewData(page, before);

	const files = await tableRows(filesTable(page));
	expect(files.map((f) => f.File)).toEqual([us.file]);
	expect(num(files[0].Read)).toBe(us.rows);
	expect(num(files[0].Rejected)).toBe(us.rejected);
	const rows = await rowTiles(page);
	expect(rows.read).toBe(rows.loaded + rows.rejected);
	expect(rows).toEqual({ read: us.rows, loaded: us.rows - us.rejected, rejected: us.rejected });

	// M/D/YYYY read as such: 12/1/2010 is 1 December, not 12 January.
	await expect(page.getByTestId('quality-report')).toContainText('2010-12-01');
	await expect(page.getByTestId('quality-report')).toContainText('2010-12-15');

	expect(errors.pageErrors).toEqual([]);
});

test('an empty file is refused with an error naming it, and the loaded data stays', async ({
	page
}) => {
	const errors = collectErrors(page);
	await openDataPage(page);
	const version = await dataVersion(page);
	const filesBefore = await tableRows(filesTable(page));
	const rowsBefore = await rowTiles(page);

	await chooseFiles(page, {
		name: 'empty-export.csv',
		mimeType: 'text/csv',
		buffer: Buffer.alloc(0)
	});
	const error = page.getByTestId('ingest-error');
	await expect(error).toBeVisible();
	await expect(error).toContainText('empty-export.csv');
	await expect(error).toContainText(/empty/i);
	await expect(page.getByTestId('mapping-form')).toHaveCount(0);

	// Nothing was loaded or cleared: same status, same version, same files.
	await expect(shell(page)).toHaveAttribute('data-dataset-status', 'ready');
	expect(await dataVersion(page)).toBe(version);
	expect(await tableRows(filesTable(page))).toEqual(filesBefore);
	expect(await rowTiles(page)).toEqual(rowsBefore);
	await expect(nav(page)).toContainText('Demo data');

	expect(errors.pageErrors).toEqual([]);
});

test('a customers-only upload: every nav page renders without page errors', async ({ page }) => {
	const utf16 = expectation('utf16le-bom.csv');
	const errors = collectErrors(page);
	await openDataPage(page);

	await chooseFiles(page, fixture(utf16.file));
	const form = mappingForm(page, utf16.file);
	await expect(form).toContainText('UTF-16 LE');
	await expect(form.getByTestId('table-select')).toHaveValue('customers');
	await form.getByText('First rows of the file').click();
	for (const text of utf16.contains) await expect(form.locator('.sample')).toContainText(text);
	const before = await dataVersion(page);
	await form.getByTestId('confirm-load').click();
	await waitForNewData(page, before);
	expect(await rowTiles(page)).toEqual({ read: utf16.rows, loaded: utf16.rows, rejected: 0 });

	const paths = await navPaths(page);
	allowForPages(paths.length);
	for (const path of paths) {
		await nav(page).locator(`a[href="${path}"]`).first().click();
		await expect(page).toHaveURL((url) => url.pathname === path);
		await waitForData(page);
		await expect(page.locator('main h1').first()).not.toHaveText(/^\s*\d{3}\s*$/);
		await waitForQueries(page);
		expect(errors.pageErrors, `page errors after opening ${path}`).toEqual([]);
	}
});
