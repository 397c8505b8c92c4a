/** Driving the built app in a page. Type-only Playwright import: child processes load this file too. */
import type { Page } from 'playwright-core';

const SHELL = '[data-dataset-status]';
const MEASURE = 'customer-lens:load';
/** Loads of 1M rows through DuckDB-WASM take minutes, not seconds. */
export const LOAD_TIMEOUT_MS = 15 * 60_000;

/** Wait until the dataset settles (ready, empty or error) at a version above `after`. */
export async function waitForDataset(page: Page, after = -1): Promise<string> {
	const handle = await page.waitForFunction(
		([selector, version]) => {
			const shell = document.querySelector(selector);
			const status = shell?.getAttribute('data-dataset-status');
			const current = Number(shell?.getAttribute('data-dataset-version') ?? -1);
			return current > version && (status === 'ready' || status === 'empty' || status === 'error')
				? status
				: false;
		},
		[SHELL, after] as const,
		{ timeout: LOAD_TIMEOUT_MS, polling: 100 }
	);
	return (await handle.jsonValue()) as string;
}

/**
 * Upload a file through the file input, confirm the proposed mapping and wait for the load; returns
 * the duration of the app's own `customer-lens:load` measure (plan + load, as the UI runs them).
 */
export async function uploadFile(page: Page, path: string): Promise<number> {
	const version = Number(await page.locator(SHELL).getAttribute('data-dataset-version'));
	const measuresBefore = await page.evaluate(
		(name) => performance.getEntriesByName(name).length,
		MEASURE
	);
	await page.setInputFiles('[data-testid=file-input]', path);
	await page.locator('[data-testid=confirm-load]').first().click();
	const status = await waitForDataset(page, version);
	const measures = await page.evaluate(
		(name) => performance.getEntriesByName(name).map((e) => e.duration),
		MEASURE
	);
	if (status === 'ready' && measures.length === 0)
		throw new Error(`the app did not record ${MEASURE}: the build predates it, run with --build`);
	if (measures.length <= measuresBefore) {
		const error = await page
			.locator('[data-testid=ingest-error]')
			.textContent({ timeout: 1000 })
			.catch(() => null);
		throw new Error(`load of ${path} did not succeed (status ${status}): ${error ?? 'no message'}`);
	}
	return measures[measures.length - 1];
}

/** The "Rows loaded" tile of the quality report on /data/, to check the browser loaded every row. */
export async function rowsLoaded(page: Page): Promise<number | null> {
	const tile = page.locator('[data-testid=quality-report] .tile', { hasText: 'Rows loaded' });
	const text = await tile
		.locator('.value')
		.textContent({ timeout: 5000 })
		.catch(() => null);
	return text === null ? null : Number(text.replace(/[^\d]/g, ''));
}

/**
 * Milliseconds from `act` until the page's queries have run and settled: the shell's `data-busy`
 * went above 0 and came back to 0 (watched in the page, so a fast query is not missed).
 */
export async function timeUntilIdle(page: Page, act: () => Promise<void>): Promise<number> {
	await page.evaluate((selector) => {
		const shell = document.querySelector(selector)!;
		const w = window as unknown as { __busySeen: boolean; __busyObserver?: MutationObserver };
		w.__busySeen = false;
		w.__busyObserver?.disconnect();
		w.__busyObserver = new MutationObserver(() => {
			if (shell.getAttribute('data-busy') !== '0') w.__busySeen = true;
		});
		w.__busyObserver.observe(shell, { attributes: true, attributeFilter: ['data-busy'] });
	}, SHELL);
	const started = Date.now();
	await act();
	await page.waitForFunction(
		(selector) =>
			(window as unknown as { __busySeen: boolean }).__busySeen &&
			document.querySelector(selector)?.getAttribute('data-busy') === '0',
		SHELL,
		{ timeout: LOAD_TIMEOUT_MS, polling: 50 }
	);
	return Date.now() - started;
}

/** Open a page through the app's own navigation (no reload, so the loaded data stays) and time it. */
export function timeNavigation(page: Page, href: string): Promise<number> {
	return timeUntilIdle(page, () => page.locator(`nav a[href="${href}"]`).last().click());
}
