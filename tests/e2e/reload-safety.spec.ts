import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import {
	chooseFiles,
	collectErrors,
	dataVersion,
	filesTable,
	fixture,
	mappingForm,
	shell,
	storedFileNames,
	tableRows,
	tileNumber,
	waitForData,
	waitForNewData
} from './helpers';

const US_DATES = 'us-dates.csv';
const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** A transactions export large enough that its load is still running when the page reloads. */
function bigExport(rows = 150_000): { name: string; mimeType: string; buffer: Buffer } {
	const lines = ['InvoiceNo,CustomerID,InvoiceDate,StockCode,Description,Quantity,UnitPrice'];
	for (let i = 0; i < rows; i++)
		lines.push(
			`B${Math.floor(i / 3)},K${i % 977},2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')} 10:00,P${i % 50},Product ${i % 50},${1 + (i % 4)},${(1 + (i % 9)).toFixed(2)}`
		);
	return { name: 'big-export.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) };
}

/** Choose a file, confirm its mapping, and return once the load has started. */
async function startLoad(page: Page, file: string | ReturnType<typeof bigExport>) {
	await chooseFiles(page, file);
	const form = mappingForm(page, typeof file === 'string' ? file.split('/').pop()! : file.name);
	await expect(form).toBeVisible();
	const before = await dataVersion(page);
	await form.getByTestId('confirm-load').click();
	return before;
}

/** The loaded files as the quality report lists them. */
async function loadedFiles(page: Page): Promise<string[]> {
	return (await tableRows(filesTable(page))).map((r) => r.File).sort();
}

test('a reload during a load leaves the previously persisted dataset usable', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/data/');
	await waitForData(page);

	// Over the demo: the interrupted upload stored nothing, so the demo comes back as the demo.
	await startLoad(page, bigExport());
	await waitForData(page, 'loading');
	await page.reload();
	await waitForData(page);
	await expect(nav(page)).toContainText('Demo data');
	expect(await storedFileNames(page)).toEqual([]);

	// A file loaded and persisted, then a second load of the same table cut short by a reload.
	const first = await startLoad(page, fixture(US_DATES));
	await waitForNewData(page, first);
	await expect.poll(() => storedFileNames(page)).toEqual([US_DATES]);
	const rows = await tileNumber(page.getByTestId('quality-report'), 'Rows read');

	await startLoad(page, bigExport());
	await waitForData(page, 'loading');
	await page.reload();
	await waitForData(page);

	await expect(nav(page)).toContainText('Your data');
	expect(await loadedFiles(page)).toEqual([US_DATES]);
	expect(await tileNumber(page.getByTestId('quality-report'), 'Rows read')).toBe(rows);
	expect(await storedFileNames(page)).toEqual([US_DATES]);

	// Usable: the overview computes over it.
	await nav(page).locator('a[href="/"]').first().click();
	await expect(page.getByRole('region', { name: 'Key figures' })).toBeVisible();
	await expect(page.locator('[data-busy="0"]')).toHaveCount(1);
	await expect(page.getByText('Could not compute this view')).toHaveCount(0);
	expect(errors.pageErrors).toEqual([]);
});

/** Write into the app's OPFS folder as `persist.ts` would, to stage what a crash leaves behind. */
async function writeStored(page: Page, name: string, text: string) {
	await page.evaluate(
		async ([name, text]) => {
			const top = await navigator.storage.getDirectory();
			const dir = await top.getDirectoryHandle('customer-lens', { create: true });
			const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
			await writable.write(text);
			await writable.close();
		},
		[name, text] as const
	);
}

test('a half-written dataset is never shown as complete', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('/data/');
	await waitForData(page);
	const before = await startLoad(page, fixture(US_DATES));
	await waitForNewData(page, before);
	await expect.poll(() => storedFileNames(page)).toEqual([US_DATES]);
	const complete = await tileNumber(page.getByTestId('quality-report'), 'Rows read');

	// A crash while the next file was being written: its bytes are there, half of them, but the
	// manifest (written last) still names the previous file. The reload shows that one, whole.
	const text = readFileSync(fixture('windows-1252.csv'), 'latin1');
	await writeStored(page, `transactions-${Date.now() + 1}.data`, text.slice(0, text.length / 2));
	await page.reload();
	await waitForData(page);
	expect(await loadedFiles(page)).toEqual([US_DATES]);
	expect(await tileNumber(page.getByTestId('quality-report'), 'Rows read')).toBe(complete);
	await expect(nav(page)).toContainText('Your data');

	// A manifest naming a file that is not there (never written): nothing of it is shown as the
	// user's data; the app says it runs on the demo.
	await writeStored(
		page,
		'manifest.json',
		JSON.stringify([
			{ table: 'transactions', name: 'lost.csv', stored: 'missing.data', overrides: {} }
		])
	);
	await page.reload();
	await waitForData(page);
	await expect(nav(page)).toContainText('Demo data');
	await expect(nav(page)).not.toContainText('lost.csv');
	expect(await loadedFiles(page)).not.toContain('lost.csv');
	await expect(shell(page)).toHaveAttribute('data-dataset-status', 'ready');
	expect(errors.pageErrors).toEqual([]);
});
