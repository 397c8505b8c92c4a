import { expect, test, type Page } from '@playwright/test';
import { chooseFiles, mappingForm, storedFileNames, waitForData } from './helpers';

/** A large Online-Retail-shaped export, big enough that its parse takes seconds. */
function bigExport(lines: number) {
	const rows = [
		'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'
	];
	for (let i = 0; i < lines; i++)
		rows.push(
			`${500000 + (i >> 2)},A${i % 977},Thing ${i % 311},${1 + (i % 7)},12/1/2010 8:${String(i % 60).padStart(2, '0')},${(i % 100) / 10 + 1},${12000 + (i % 4000)}.0,United Kingdom`
		);
	return { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) };
}

async function confirmBig(page: Page) {
	await page.goto('/data/');
	await waitForData(page);
	await chooseFiles(page, bigExport(600_000));
	const form = mappingForm(page, 'big.csv');
	await expect(form).toBeVisible({ timeout: 60_000 });
	await form.getByTestId('confirm-load').click();
}

const progress = (page: Page) => page.locator('main .progress').first();

test('progress moves with the bytes read while the rows are parsed', async ({ page }) => {
	test.setTimeout(240_000);
	await confirmBig(page);
	const seen = new Set<number>();
	await expect
		.poll(
			async () => {
				const text =
					(await progress(page)
						.textContent()
						.catch(() => null)) ?? '';
				const match = /Reading rows · (\d+)%/.exec(text);
				if (match) seen.add(Number(match[1]));
				return [...seen].some((p) => p > 0 && p < 100);
			},
			{ timeout: 120_000, intervals: [200] }
		)
		.toBe(true);
	await waitForData(page);
	await expect(page.getByTestId('ingest-error')).toHaveCount(0);
});

test('Cancel during the parse stops the load: the demo stays and nothing is stored', async ({
	page
}) => {
	test.setTimeout(240_000);
	await confirmBig(page);
	await expect(progress(page)).toContainText('Reading rows', { timeout: 60_000 });
	await progress(page).getByRole('button', { name: 'Cancel' }).click();
	await waitForData(page);
	await expect(page.getByTestId('ingest-error')).toContainText('Loading was cancelled');
	await expect(page.getByRole('navigation', { name: 'Main' })).toContainText('Demo data');
	expect(await storedFileNames(page)).toEqual([]);
});
