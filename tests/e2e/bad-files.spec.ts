import { expect, test, type Locator, type Page } from '@playwright/test';
import { BAD_FILES, type BadFile } from '../fixtures/bad/expectations';
import {
	chooseFiles,
	collectErrors,
	dataVersion,
	filesTable,
	fixture,
	mappingForm,
	num,
	shell,
	tableRows,
	tileNumber,
	waitForData,
	waitForNewData
} from './helpers';

// One page for the whole corpus, as a user would drop file after file: refusals first, while the
// demo is loaded, so each one can be checked to leave it exactly as it was.
test.describe.configure({ mode: 'serial' });

let page: Page;
let errors: ReturnType<typeof collectErrors>;

test.beforeAll(async ({ browser }) => {
	page = await browser.newPage();
	errors = collectErrors(page);
	await page.goto('/data/');
	await waitForData(page);
});

test.afterAll(async () => {
	await page.close();
});

const nav = () => page.getByRole('navigation', { name: 'Main' });
const report = () => page.getByTestId('quality-report');

/** What the data page shows about the loaded data: files, row tiles, the source badge. */
async function state() {
	return {
		files: await tableRows(filesTable(page)),
		read: await tileNumber(report(), 'Rows read'),
		loaded: await tileNumber(report(), 'Rows loaded'),
		rejected: await tileNumber(report(), 'Rows rejected'),
		source: await nav().locator('.badge').innerText()
	};
}

async function upload(file: string, table?: BadFile['table']): Promise<Locator> {
	await chooseFiles(page, fixture(`bad/${file}`));
	const form = mappingForm(page, file.split('/').pop()!);
	await expect(form.or(page.getByTestId('ingest-error'))).toBeVisible();
	if (table && (await form.isVisible())) await form.getByTestId('table-select').selectOption(table);
	return form;
}

/** Confirm the mapping form and wait until the load has settled, loaded or refused. */
async function confirm(form: Locator) {
	const before = await dataVersion(page);
	await form.getByTestId('confirm-load').click();
	await waitForNewData(page, before);
	await expect(form).toHaveCount(0);
}

/** The app still works: the overview computes, and the data page comes back. */
async function stillWorks() {
	await nav().locator('a[href="/"]').first().click();
	await expect(page.getByRole('region', { name: 'Key figures' })).toBeVisible();
	await waitForData(page);
	await expect(page.locator('[data-busy="0"]')).toHaveCount(1);
	await expect(page.getByText('Could not compute this view')).toHaveCount(0);
	await nav().locator('a[href="/data/"]').first().click();
	await expect(report()).toBeVisible();
}

test.beforeEach(() => {
	errors.pageErrors.length = 0;
});

const refused = BAD_FILES.filter((f) => f.outcome === 'refused');
const loaded = BAD_FILES.filter((f) => f.outcome === 'loaded');

for (const f of refused)
	test(`${f.file} is refused with a clear message and the data stays (${f.problem})`, async () => {
		const before = await state();
		const version = await dataVersion(page);
		const form = await upload(f.file, f.table);
		if (f.stage === 'load') {
			await expect(form).toBeVisible();
			await confirm(form);
		} else await expect(form).toHaveCount(0);

		const error = page.getByTestId('ingest-error');
		await expect(error).toBeVisible();
		await expect(error).toContainText(f.file);
		await expect(error).toHaveText(f.message!);
		await expect(error).toContainText('expected');
		if (f.where?.row !== undefined) await expect(error).toContainText(`row ${f.where.row}`);
		if (f.where?.column) await expect(error).toContainText(`column "${f.where.column}"`);

		await expect(shell(page)).toHaveAttribute('data-dataset-status', 'ready');
		if (f.stage === 'plan') expect(await dataVersion(page)).toBe(version);
		expect(await state()).toEqual(before);
		await stillWorks();
		expect(errors.pageErrors).toEqual([]);
	});

for (const f of loaded)
	test(`${f.file} loads and every problem is reported (${f.problem})`, async () => {
		for (const first of f.after ?? []) {
			const form = await upload(first);
			await confirm(form);
		}
		const form = await upload(f.file, f.table);
		await expect(form).toBeVisible();
		const planWarnings = (await form.getByTestId('plan-warnings').allInnerTexts()).join('\n');
		await confirm(form);
		await expect(page.getByTestId('ingest-error')).toHaveCount(0);

		const row = (await tableRows(filesTable(page))).find((r) => r.File === f.file);
		expect(row, `${f.file} in the Files table`).toBeDefined();
		expect([num(row!.Read), num(row!.Loaded), num(row!.Rejected)]).toEqual([
			f.rows!.read,
			f.rows!.loaded,
			f.rows!.rejected
		]);
		expect(num(row!.Read)).toBe(num(row!.Loaded) + num(row!.Rejected));

		const shown: Record<string, string>[] = [];
		if (f.rows!.rejected) {
			const rejects = page.getByTestId('rejects');
			await expect(rejects).toBeVisible();
			shown.push(...(await tableRows(rejects.locator('table'))).filter((r) => r.File === f.file));
			for (const e of f.rejects ?? []) {
				const r = shown.find((s) => num(s.Line) === e.line);
				expect(r, `rejected line ${e.line}`).toBeDefined();
				expect(r!.Column).toBe(e.column);
				expect(r!.Reason).toMatch(e.reason);
				expect(r!.Value).toContain(e.value.split('\n')[0].trim());
			}
		}
		const warnings = await page.getByTestId('data-warnings').allInnerTexts();
		const told = [planWarnings, ...warnings, ...shown.map((r) => r.Reason)].join('\n');
		// Warnings are shown capitalised (CSS ::first-letter), so case is not compared.
		if (f.message) expect(told).toMatch(new RegExp(f.message.source, 'i'));
		await stillWorks();
		expect(errors.pageErrors).toEqual([]);
	});

test('a non-product pattern DuckDB cannot use is named as it is typed, not loaded and not remembered', async () => {
	const form = await upload('../us-dates.csv');
	await expect(form).toBeVisible();
	const pattern = form.getByTestId('non-product-pattern');
	const problem = form.getByTestId('pattern-problem');
	const remembered = () =>
		page.evaluate(() => localStorage.getItem('customer-lens:mappings') ?? '');
	// Valid in JavaScript, not in RE2: the form used to accept it, and the load failed on the file.
	await pattern.fill('^(gift|post)(?!age)');
	await expect(problem).toHaveText(
		'not a regular expression DuckDB can use: invalid perl operator: (?!'
	);
	await form.getByTestId('confirm-load').click();
	await expect(form).toBeVisible();
	expect(await remembered()).not.toContain('(?!age)');

	// Valid in RE2 (an inline flag): accepted, loaded, and remembered once it loaded.
	await pattern.fill('(?i)^post');
	await expect(problem).toHaveCount(0);
	await confirm(form);
	await expect(page.getByTestId('ingest-error')).toHaveCount(0);
	expect(await remembered()).toContain('(?i)^post');
	expect(errors.pageErrors).toEqual([]);
});
