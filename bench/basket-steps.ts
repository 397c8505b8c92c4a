/**
 * Benchmark steps of the basket page (issue 5): the exact SQL miner at 1% support up to size 3,
 * as the page runs it, and node-fpgrowth on the same baskets in the same run, with the itemset
 * counts of both checked against each other.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FPGrowth } from 'node-fpgrowth';
import type { Page } from 'playwright-core';
import { basketAnalysis } from '../src/lib/analyses/basket/analysis';
import { basketLinesCtes, resolveBasketUnit } from '../src/lib/analyses/basket/baskets';
import { DEFAULT_MINING } from '../src/lib/analyses/basket/mine';
import type { Engine } from '../src/lib/engine/engine';
import { timeNavigation } from './app';
import type { BenchData, Step } from './steps';
import { WORK_DIR } from './synthetic';

/** What the page mines when the user sets 1% (its other settings at their defaults). */
const PARAMS = { minSupport: 0.01, maxLen: 3, minConfidence: 0.1, minLift: 1, limit: 2_000 };
const MEASURE = 'customer-lens:basket';

const countsFile = (data: BenchData, engine: Engine) =>
	join(WORK_DIR, `basket-counts-${data.name}-${engine.kind}.json`);

interface Counts {
	baskets: number;
	min_count: number;
	itemsets_by_size: number[];
}

async function sqlMiner(engine: Engine, data: BenchData): Promise<void> {
	const r = await basketAnalysis(engine, PARAMS);
	const counts: Counts = {
		baskets: r.baskets,
		min_count: r.min_count,
		itemsets_by_size: r.itemsets_by_size
	};
	await mkdir(WORK_DIR, { recursive: true });
	await writeFile(countsFile(data, engine), JSON.stringify(counts));
}

/** The baskets the miner counts, as item lists (oversized ones left out the same way). */
async function baskets(engine: Engine): Promise<string[][]> {
	const basket = await resolveBasketUnit(engine, {});
	const sql = `WITH ${basketLinesCtes({ basket })},
grouped AS (
	SELECT basket, list(DISTINCT item) AS items FROM basket_lines GROUP BY basket
)
SELECT items FROM grouped WHERE len(items) <= ${DEFAULT_MINING.maxBasketSize}`;
	return (await engine.query(sql)).rows<{ items: string[] }>().map((r) => Array.from(r.items));
}

/** FP-growth on the same baskets; fails the row when its counts differ from the SQL miner's. */
async function fpGrowth(engine: Engine, data: BenchData): Promise<void> {
	const transactions = await baskets(engine);
	const sql = JSON.parse(await readFile(countsFile(data, engine), 'utf8')) as Counts;
	if (transactions.length !== sql.baskets)
		throw new Error(`baskets: FP-growth ${transactions.length}, SQL ${sql.baskets}`);
	// node-fpgrowth keeps itemsets with count ≥ ceil(support × baskets): aim between two counts.
	const support = (sql.min_count - 0.5) / transactions.length;
	const itemsets = await new FPGrowth<string>(support).exec(transactions);
	const bySize = sql.itemsets_by_size.map(
		(_, k) => itemsets.filter((s) => s.items.length === k + 1).length
	);
	if (bySize.join() !== sql.itemsets_by_size.join())
		throw new Error(
			`itemsets by size: FP-growth ${bySize.join('/')}, SQL ${sql.itemsets_by_size.join('/')}`
		);
}

/** Open the basket page, set 1% and return the app's own measure of mining + first rules. */
async function browserMiner(page: Page): Promise<number> {
	await timeNavigation(page, '/basket/');
	const before = await page.evaluate((name) => performance.getEntriesByName(name).length, MEASURE);
	await page.locator('[data-testid=min-support]').fill('1');
	await page.waitForFunction(
		([name, n]) => performance.getEntriesByName(name as string).length > (n as number),
		[MEASURE, before] as const,
		{ timeout: 15 * 60_000, polling: 100 }
	);
	return page.evaluate((name) => performance.getEntriesByName(name).at(-1)!.duration, MEASURE);
}

export const BASKET_STEPS: Step[] = [
	{ name: 'basket', needsData: true, native: sqlMiner, browser: browserMiner },
	{ name: 'basket-fpgrowth', needsData: true, native: fpGrowth, maxRuns: 1 }
];
