/**
 * Large files (issue 7): 10M line items must load in the browser, with progress; 20M must be
 * refused as too large — with the CLI command — before anything is loaded; and 20M line items
 * along the CLI's path on native DuckDB, once as the CLI runs by default and once with DuckDB's
 * memory capped so that it has to work out of core (spilling to its temp directory).
 */
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { profile } from '../src/lib/analyses/profile/profile';
import { ensureDataset } from '../src/lib/engine/dataset';
import { planIngest } from '../src/lib/engine/ingest/prepare';
import { browserSizeProblem } from '../src/lib/engine/ingest/size';
import { LOAD_TIMEOUT_MS, waitForDataset } from './app';
import { ingest, type BenchData, type Step } from './steps';

/** Memory DuckDB may use in the out-of-core run: a quarter of what the 20M load takes by default. */
export const CAPPED_MEMORY = '1GB';

type Outcome = 'load' | 'refuse';

/**
 * Choose the file in the app and time its answer: the load to "ready" when the app takes it (with
 * progress shown on the way), or the refusal when it says the file is too large for a tab. Throws
 * when the answer is not the `expected` one.
 */
async function loadOrRefuse(page: Page, data: BenchData, expected: Outcome): Promise<number> {
	const shell = page.locator('[data-dataset-status]');
	const version = Number(await shell.getAttribute('data-dataset-version'));
	const started = Date.now();
	await page.setInputFiles('[data-testid=file-input]', data.path);
	const error = page.getByTestId('ingest-error');
	const confirm = page.getByTestId('confirm-load').first();
	await error.or(confirm).waitFor({ timeout: LOAD_TIMEOUT_MS });
	if (await error.isVisible()) {
		const message = await error.innerText();
		if (!/too large|more than a browser tab/.test(message) || !/npx customer-lens/.test(message))
			throw new Error(`refused without pointing to the CLI: ${message}`);
		if (expected === 'load') throw new Error(`refused, expected to load: ${message}`);
		const ms = Date.now() - started;
		console.log(`browser ${data.name}: refused after ${ms} ms, before loading: ${message}`);
		return ms;
	}
	if (expected === 'refuse')
		throw new Error(`${data.name} was offered for loading, expected a refusal`);
	await confirm.click();
	const progress = await page.locator('[role=status]').first().isVisible();
	const status = await waitForDataset(page, version);
	console.log(`browser ${data.name}: loaded${progress ? ', with a progress bar' : ''}`);
	const refusal = await error.textContent({ timeout: 1000 }).catch(() => null);
	if (status !== 'ready' || refusal) throw new Error(`load of ${data.name} failed: ${refusal}`);
	return Date.now() - started;
}

/** The CLI's `profile`: plan and load as `loadDataset` does, then the report it prints. */
async function cliProfile(engine: Parameters<Step['native']>[0], data: BenchData) {
	const loaded = await ingest(engine, data);
	if (loaded.rowsRead !== loaded.rowsLoaded + loaded.rowsRejected)
		throw new Error(`rows do not add up: ${JSON.stringify(loaded)}`);
	await profile(engine);
}

/** The app's size check on the same plan, which must refuse the file and name the CLI. */
async function sizeRefusal(engine: Parameters<Step['native']>[0], data: BenchData) {
	// The app has its (empty) dataset open when it checks; the bench reads its ingest_files after.
	await ensureDataset(engine);
	const input = { name: basename(data.path), blob: await openAsBlob(data.path), path: data.path };
	const plan = await planIngest(input, { table: 'transactions' });
	const problem = browserSizeProblem(plan, input.blob.size);
	if (!problem?.includes('npx customer-lens')) throw new Error(`not refused: ${problem}`);
}

export const LARGE_STEPS: Step[] = [
	{
		name: 'browser-10M',
		needsData: false,
		datasets: ['synthetic-10M'],
		maxRuns: 1,
		peer: false,
		native: cliProfile,
		browser: (page, data) => loadOrRefuse(page, data, 'load')
	},
	{
		name: 'browser-20M-refused',
		needsData: false,
		datasets: ['synthetic-20M'],
		maxRuns: 1,
		peer: false,
		// The app refuses the file on purpose; its row count is the demo's, not the file's.
		compareRows: false,
		native: sizeRefusal,
		browser: (page, data) => loadOrRefuse(page, data, 'refuse')
	},
	{
		name: 'cli-20M',
		needsData: false,
		datasets: ['synthetic-20M'],
		maxRuns: 1,
		peer: false,
		native: cliProfile
	},
	{
		name: `cli-20M-memory-${CAPPED_MEMORY}`,
		needsData: false,
		datasets: ['synthetic-20M'],
		maxRuns: 1,
		peer: false,
		native: async (engine, data) => {
			await engine.exec(`SET memory_limit = '${CAPPED_MEMORY}'`);
			await cliProfile(engine, data);
		}
	}
];
