/**
 * What the benchmark measures. Add an analysis with a few lines, e.g.
 *   { name: 'rfm', needsData: true, native: async (engine) => void (await rfm(engine)) }
 * `native` runs in a child process on native DuckDB and on DuckDB-WASM in Node; `browser` (optional)
 * runs in the built app on a page whose dataset is already loaded, and returns milliseconds.
 */
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import type { Engine } from '../src/lib/engine/engine';
import { loadFile, type LoadSummary } from '../src/lib/engine/ingest/load';
import { planIngest } from '../src/lib/engine/ingest/prepare';
import { overviewPage } from '../src/lib/analyses/overview/page';
import { pareto } from '../src/lib/analyses/pareto/pareto';
import { rfm } from '../src/lib/analyses/rfm/rfm';
import { matrix } from '../src/lib/analyses/tiers/matrix';
import { tiers } from '../src/lib/analyses/tiers/tiers';
import { applyFilters, NO_FILTERS } from '../src/lib/engine/views';
import { timeNavigation, timeUntilIdle, uploadFile } from './app';
import { LARGE_STEPS } from './large';
import { BASKET_STEPS } from './basket-steps';
import { CHURN_STEPS } from './churn-steps';

/** One input file; every dataset is a transactions export. */
export interface BenchData {
	name: string;
	path: string;
}

export interface Step {
	name: string;
	/** Load the dataset (untimed) before timing; false for steps that load it themselves. */
	needsData: boolean;
	native: (engine: Engine, data: BenchData) => Promise<void>;
	browser?: (page: Page, data: BenchData) => Promise<number>;
	/** Only these datasets; a `large` dataset (run.ts) runs only with the steps that name it. */
	datasets?: string[];
	/** At most this many runs: a large file takes minutes each time. */
	maxRuns?: number;
	/** false: skip DuckDB-WASM in Node, which cannot hold the file. */
	peer?: boolean;
	/** false: the browser refuses the file on purpose, so its row count is not compared. */
	compareRows?: boolean;
}

/** Plan + load, exactly as the CLI does it (src/lib/cli/load-files.ts). */
export async function ingest(engine: Engine, data: BenchData): Promise<LoadSummary> {
	const input = { name: basename(data.path), blob: await openAsBlob(data.path), path: data.path };
	const plan = await planIngest(input, { table: 'transactions' });
	return loadFile(engine, input, plan);
}

const BRANCH_FILTER = {
	attributes: [{ table: 'transactions' as const, column: 'Branch', values: ['Shanghai'] }]
};

export const STEPS: Step[] = [
	{
		name: 'ingest',
		needsData: false,
		native: async (engine, data) => void (await ingest(engine, data)),
		browser: (page, data) => uploadFile(page, data.path)
	},
	{
		name: 'rfm',
		needsData: true,
		native: async (engine) => void (await rfm(engine)),
		browser: (page) => timeNavigation(page, '/rfm/')
	},
	{
		name: 'pareto',
		needsData: true,
		native: async (engine) => void (await pareto(engine)),
		browser: (page) => timeNavigation(page, '/pareto/')
	},
	{
		name: 'tiers',
		needsData: true,
		native: async (engine) => {
			await tiers(engine);
			await matrix(engine);
		},
		browser: (page) => timeNavigation(page, '/tiers/')
	},
	{
		// Issue 3 asks for the time from a filter change to the charts updated.
		name: 'filter-change',
		needsData: true,
		native: async (engine) => {
			await applyFilters(engine, BRANCH_FILTER);
			await overviewPage(engine, { period: 'quarter' });
			await applyFilters(engine, NO_FILTERS);
		},
		browser: async (page) => {
			await timeNavigation(page, '/');
			await page.getByLabel('Add a filter').selectOption({ label: 'Line Branch' });
			await page.getByLabel('Values of Line Branch').selectOption('Shanghai');
			return timeUntilIdle(page, () => page.getByRole('button', { name: 'Apply' }).click());
		}
	},
	...CHURN_STEPS,
	...BASKET_STEPS,
	...LARGE_STEPS
];
