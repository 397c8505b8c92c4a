import { expect, test, type Page } from '@playwright/test';
import {
	chooseFiles,
	collectErrors,
	dataVersion,
	filesTable,
	fixture,
	LOAD_TIMEOUT,
	mappingForm,
	shell,
	storedFileNames,
	tableRows,
	waitForData,
	waitForNewData
} from './helpers';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Choose a fixture on the data page and confirm its proposed mapping. */
async function upload(page: Page, file: string) {
	await chooseFiles(page, fixture(file));
	const form = mappingForm(page, file);
	await expect(form).toBeVisible();
	const before = await dataVersion(page);
	await form.getByTestId('confirm-load').click();
	await waitForNewData(page, before);
	await expect(page.getByTestId('ingest-error')).toHaveCount(0);
}

/** Every file in the app's OPFS folder (not only those the manifest names). */
async function opfsFiles(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const top = await navigator.storage.getDirectory();
		const dir = await top.getDirectoryHandle('customer-lens', { create: true });
		const names: string[] = [];
		for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys())
			names.push(name);
		return names.sort();
	});
}

test('a file confirmed while the demo loads waits for it, then replaces it whole', async ({
	page
}) => {
	const errors = collectErrors(page);
	await page.goto('/data/');
	await waitForData(page);
	await chooseFiles(page, fixture('us-dates.csv'));
	const form = mappingForm(page, 'us-dates.csv');
	await expect(form).toBeVisible();

	// Hold the demo's transactions file, so the demo is still loading when the upload is confirmed.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/transactions[^/]*\.csv\.gz$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.getByRole('button', { name: 'Load the demo data' }).click();
	await expect(shell(page)).toHaveAttribute('data-dataset-status', 'loading');
	await form.getByTestId('confirm-load').click();
	release();

	await expect(nav(page)).toContainText('Your data', { timeout: LOAD_TIMEOUT });
	await waitForData(page);
	await expect.poll(() => storedFileNames(page)).toEqual(['us-dates.csv']);
	expect((await tableRows(filesTable(page))).map((f) => f.File)).toEqual(['us-dates.csv']);
	await expect(nav(page)).not.toContainText('Demo data');
	await expect(page.getByTestId('ingest-error')).toHaveCount(0);
	expect(errors.pageErrors).toEqual([]);
});

test('tabs share the stored data: a write in one tab is announced in the other, never silent', async ({
	context
}) => {
	test.setTimeout(240_000);
	const a = await context.newPage();
	const b = await context.newPage();
	await a.goto('/data/');
	await waitForData(a);
	await b.goto('/data/');
	await waitForData(b);

	// Tab A stores an upload; tab B, still on the demo, is told.
	await upload(a, 'us-dates.csv');
	await expect.poll(() => storedFileNames(a)).toEqual(['us-dates.csv']);
	await expect(b.getByTestId('stored-elsewhere')).toContainText('us-dates.csv');
	await b.getByTestId('stored-elsewhere').getByRole('button', { name: 'Dismiss' }).click();

	// B's first upload replaces the demo and the store: B names what it replaced, A is told.
	await upload(b, 'customers-churn.csv');
	await expect(b.getByTestId('replaced-elsewhere')).toContainText('us-dates.csv');
	await expect.poll(() => storedFileNames(b)).toEqual(['customers-churn.csv']);
	const notice = a.getByTestId('stored-elsewhere');
	await expect(notice).toContainText('customers-churn.csv');

	// A offers to reload the stored data, and then shows it.
	await notice.getByRole('button', { name: 'Reload the stored data' }).click();
	await waitForData(a);
	await expect(nav(a)).toContainText('customers-churn.csv');
	await expect(a.getByTestId('stored-elsewhere')).toHaveCount(0);
});

test('a file left in OPFS by a copy cut short is removed at start-up; the stored data stays', async ({
	page
}) => {
	await page.goto('/data/');
	await waitForData(page);
	await upload(page, 'us-dates.csv');
	await expect.poll(() => storedFileNames(page)).toEqual(['us-dates.csv']);
	// What a reload during the copy of a second upload leaves: a file no manifest names.
	await page.evaluate(async () => {
		const top = await navigator.storage.getDirectory();
		const dir = await top.getDirectoryHandle('customer-lens');
		await dir.getFileHandle('customers-1.data', { create: true });
	});
	expect(await opfsFiles(page)).toContain('customers-1.data');
	await page.reload();
	await waitForData(page);
	await expect(nav(page)).toContainText('us-dates.csv');
	expect(await opfsFiles(page)).not.toContain('customers-1.data');
	expect(await opfsFiles(page)).toHaveLength(2);
});

test('"Remove my data" also forgets the remembered column mappings', async ({ page }) => {
	await page.goto('/data/');
	await waitForData(page);
	await upload(page, 'us-dates.csv');
	const key = 'customer-lens:mappings';
	expect(await page.evaluate((k) => localStorage.getItem(k), key)).not.toBeNull();
	const loaded = await dataVersion(page);
	await page.getByRole('button', { name: 'Remove my data from this browser' }).click();
	await waitForNewData(page, loaded);
	await expect(nav(page)).toContainText('Demo data');
	expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBeNull();
});
