/**
 * Benchmark steps of the churn pages (issue 4): each runs what its page runs, so the native and
 * WASM timings compare with the browser's time from a click in the navigation to the page idle.
 */
import type { Step } from './steps';
import type { Engine } from '../src/lib/engine/engine';
import { dimensionKey } from '../src/lib/analyses/churn/dimensions';
import { candidateDimensions, churnSetup, windowCheck } from '../src/lib/analyses/churn/setup';
import { churnHeatmap, churnTotals, rankSlices, sliceChurn } from '../src/lib/analyses/churn/slice';
import { statusCounts, statusHistory, transitions } from '../src/lib/analyses/churn/status';
import { monthsBefore, resolveChoice } from '../src/routes/churn/choice';
import { fitClv, scoreCustomers } from '../src/lib/analyses/clv/clv';
import { resolvePeriods } from '../src/lib/analyses/clv/clv-data';
import { cohortsPage } from '../src/lib/analyses/cohorts/page';
import { shiftDate } from '../src/lib/analyses/rfm/migration';
import { timeNavigation } from './app';

/** The /churn/ page: definition, statuses, every slice for the ranking, one heatmap. */
async function churnPage(engine: Engine): Promise<void> {
	const setup = await churnSetup(engine);
	const params = resolveChoice({}, setup);
	const totals = await churnTotals(engine, params);
	await statusCounts(engine, params);
	await statusHistory(engine, params);
	const dims = candidateDimensions(setup);
	const ranked = rankSlices(await sliceChurn(engine, params, dims, totals.rate));
	if (params.definition.kind === 'inactive') await windowCheck(engine, params.definition.days);
	const [a, b] = ranked.slice(0, 2).map((s) => dims.find((d) => dimensionKey(d) === s.dimension));
	if (a && b) await churnHeatmap(engine, params, a, b);
	const snapshot = totals.snapshot_date!;
	await transitions(engine, params, monthsBefore(snapshot, 6), snapshot);
}

/** The /clv/ page: the model on everything, scored, and the 6-month holdout check. */
async function clvPage(engine: Engine): Promise<void> {
	const periods = await resolvePeriods(engine);
	if (!periods) return;
	const current = await fitClv(engine);
	if (current) scoreCustomers(current);
	await fitClv(engine, { calibrationEnd: shiftDate(periods.holdout_end, -183) });
}

export const CHURN_STEPS: Step[] = [
	{
		name: 'churn',
		needsData: true,
		native: churnPage,
		browser: (page) => timeNavigation(page, '/churn/')
	},
	{
		name: 'cohorts',
		needsData: true,
		native: async (engine) => void (await cohortsPage(engine, {})),
		browser: (page) => timeNavigation(page, '/cohorts/')
	},
	{
		name: 'clv',
		needsData: true,
		native: clvPage,
		browser: (page) => timeNavigation(page, '/clv/')
	}
];
