import { expect, test, type Locator, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

export type DatasetStatus = 'starting' | 'loading' | 'ready' | 'empty' | 'error';

/** Demo load on a cold DuckDB-WASM start takes a while on 2 cores. */
export const LOAD_TIMEOUT = 90_000;

/** Absolute path of a file in tests/fixtures. */
export function fixture(name: string): string {
	return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

/** The app shell, which carries the dataset status and version as attributes. */
export function shell(page: Page): Locator {
	return page.locator('[data-dataset-status]');
}

/** Wait until the dataset reaches `status` (ready by default); never sleeps. */
export async function waitForData(
	page: Page,
	status: DatasetStatus = 'ready',
	timeout = LOAD_TIMEOUT
): Promise<void> {
	// The shell renders as soon as the app boots; fail fast when it doesn't (e.g. missing chunks).
	await expect(shell(page), 'the app shell renders').toBeAttached({ timeout: 30_000 });
	await expect(shell(page)).toHaveAttribute('data-dataset-status', status, { timeout });
}

/**
 * Wait for the page's own queries to finish, where the shell exposes them as `data-busy` (a count
 * of queries in flight); a no-op on a shell without the attribute.
 */
export async function waitForQueries(page: Page, timeout = LOAD_TIMEOUT): Promise<void> {
	if ((await shell(page).getAttribute('data-busy')) === null) return;
	await expect(shell(page)).toHaveAttribute('data-busy', '0', { timeout });
}

/** After a navigation to `path`: the page settles in Chinese, with its heading, texts and title. */
export async function expectChinesePage(
	page: Page,
	{ path, title, texts }: { path: string; title: string; texts: string[] }
): Promise<void> {
	await expect(page).toHaveURL(new RegExp(`${path.replaceAll('/', '\\/')}$`));
	await settled(page);
	const main = page.locator('main');
	await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(title);
	for (const text of texts) await expect(main.getByText(text).first(), path).toBeVisible();
	await expect(page, path).toHaveTitle(/[\u4e00-\u9fff].* · Customer Lens$/);
}

/** The dataset is ready and every query of the page has answered. */
export async function settled(page: Page): Promise<void> {
	await waitForData(page);
	await waitForQueries(page);
}

/** The current data version (bumped after every change to the data). */
export async function dataVersion(page: Page): Promise<number> {
	return Number(await shell(page).getAttribute('data-dataset-version'));
}

/** Wait until the data version passes `before` and the dataset settles in `status`. */
export async function waitForNewData(
	page: Page,
	before: number,
	status: DatasetStatus = 'ready',
	timeout = LOAD_TIMEOUT
): Promise<number> {
	await expect
		.poll(() => dataVersion(page), { timeout, message: `data version above ${before}` })
		.toBeGreaterThan(before);
	await waitForData(page, status, timeout);
	return dataVersion(page);
}

/** A stat tile (StatTile.svelte) by its exact label. */
export function tile(scope: Page | Locator, label: string): Locator {
	const page = 'page' in scope ? scope.page() : scope;
	const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
	return scope.locator('.tile').filter({ has: page.locator('.label', { hasText: exact }) });
}

/** The number shown in a stat tile, e.g. "12,345" → 12345. */
export async function tileNumber(scope: Page | Locator, label: string): Promise<number> {
	const text = (await tile(scope, label).locator('.value').innerText()).trim();
	const n = Number(text.replace(/,/g, ''));
	if (!Number.isFinite(n)) throw new Error(`Tile "${label}" does not show a number: "${text}"`);
	return n;
}

/** Rows of a DataTable as records keyed by column label (header text without sort arrows). */
export async function tableRows(table: Locator): Promise<Record<string, string>[]> {
	const headers = (await table.locator('thead th').allInnerTexts()).map((h) =>
		h.replace(/[▲▼]/g, '').trim()
	);
	const rows: Record<string, string>[] = [];
	for (const row of await table.locator('tbody tr').all()) {
		const cells = await row.locator('td').allInnerTexts();
		if (cells.length !== headers.length) continue; // the "No rows" placeholder
		rows.push(Object.fromEntries(headers.map((h, i) => [h, cells[i].trim()])));
	}
	return rows;
}

/** Parse a number as the dashboard formats counts ("1,234"). */
export function num(text: string): number {
	return Number(text.replace(/,/g, ''));
}

export interface RecordedRequests {
	/** Every request URL seen: page, frames and workers, in order. */
	urls: string[];
	/** WebSocket URLs opened by the page. */
	websockets: string[];
}

/**
 * Record every request the browser context makes. `context.on('request')` also sees what
 * dedicated workers (DuckDB-WASM) fetch; WebSockets are only reported per page.
 */
export function recordRequests(page: Page): RecordedRequests {
	const recorded: RecordedRequests = { urls: [], websockets: [] };
	page.context().on('request', (request) => recorded.urls.push(request.url()));
	const watchSockets = (p: Page) => p.on('websocket', (ws) => recorded.websockets.push(ws.url()));
	watchSockets(page);
	page.context().on('page', watchSockets);
	return recorded;
}

/** Collect uncaught page errors (and console errors) so a test can assert there were none. */
export function collectErrors(page: Page): { pageErrors: string[]; consoleErrors: string[] } {
	const errors = { pageErrors: [] as string[], consoleErrors: [] as string[] };
	page.on('pageerror', (error) =>
		errors.pageErrors.push(`${page.url()}: ${error.name}: ${error.message}`)
	);
	page.on('console', (message) => {
		if (message.type() === 'error') errors.consoleErrors.push(message.text());
	});
	return errors;
}

/** The pages linked from the main nav, as paths, read from the DOM so new pages are covered. */
export async function navPaths(page: Page): Promise<string[]> {
	const hrefs = await page
		.getByRole('navigation', { name: 'Main' })
		.locator('a[href]')
		.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	const origin = new URL(page.url()).origin;
	const paths = hrefs
		.map((href) => new URL(href))
		.filter((url) => url.origin === origin)
		.map((url) => url.pathname);
	return [...new Set(paths)];
}

/**
 * Give a test that walks every nav page `perPage` ms more per visit on top of the configured
 * timeout, so the suite keeps working as pages are added to the nav.
 */
export function allowForPages(visits: number, perPage = 20_000): void {
	const info = test.info();
	info.setTimeout(info.timeout + visits * perPage);
}

/** Put files into the data page's file input. */
export async function chooseFiles(
	page: Page,
	files: Parameters<Locator['setInputFiles']>[0]
): Promise<void> {
	await page.getByTestId('file-input').setInputFiles(files);
}

/** The mapping form of one pending file, by file name. */
export function mappingForm(page: Page, fileName: string): Locator {
	return page.getByTestId('mapping-form').filter({
		has: page.getByRole('heading', { name: fileName, exact: true })
	});
}

/**
 * Names of the files the app has persisted in OPFS (its manifest), empty when none. The app writes
 * the manifest after the load has finished, so tests wait for it before reloading.
 */
export async function storedFileNames(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		try {
			const top = await navigator.storage.getDirectory();
			const dir = await top.getDirectoryHandle('customer-lens');
			const manifest = await (await dir.getFileHandle('manifest.json')).getFile();
			return (JSON.parse(await manifest.text()) as { name: string }[]).map((e) => e.name);
		} catch {
			return [];
		}
	});
}

/** The Files table of the quality report: one row per loaded file. */
export function filesTable(page: Page): Locator {
	return page
		.getByTestId('quality-report')
		.locator('.card')
		.filter({ has: page.getByRole('heading', { name: 'Files', exact: true }) })
		.locator('table');
}

/** Open a `/sql/?q=` link as one from outside the app: the console shows it, then runs it on a click. */
export async function openConsoleLink(page: Page, search: string): Promise<void> {
	await page.goto(`/sql/?${search}`);
	await waitForData(page);
	await page.getByTestId('sql-link').getByRole('button', { name: 'Run this query' }).click();
	await settled(page);
}
