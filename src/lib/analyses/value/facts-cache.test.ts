import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '$tests/helpers/load';
import type { Engine } from '../../engine/engine';
import { applyFilters, attributeValues, NO_FILTERS, refreshViews } from '../../engine/views';
import type { ViewFilters } from '../../engine/views';
import { bothEnds } from '../overview/both-ends';
import { abc, abcCustomers } from '../pareto/abc';
import { pareto } from '../pareto/pareto';
import { profitCurve, profitItems } from '../pareto/profit';
import { rfm, rfmCustomers } from '../rfm/rfm';
import { matrix, matrixCustomers } from '../tiers/matrix';
import { recorded } from '../recorded';
import { tiers } from '../tiers/tiers';
import { withFactsWrittenOut } from './customer-facts';
import { cacheCustomerFacts, isFactsCacheWork } from './facts-cache';

/** A second handle on the same database whose statements are counted. */
function counted(engine: Engine): { engine: Engine; statements: string[] } {
	const statements: string[] = [];
	return {
		statements,
		engine: {
			kind: engine.kind,
			query: (sql, params) => (statements.push(sql), engine.query(sql, params)),
			exec: (sql, onProgress) => (statements.push(sql), engine.exec(sql, onProgress)),
			registerFile: (name, source) => engine.registerFile(name, source),
			dropFile: (name) => engine.dropFile(name),
			cancel: () => engine.cancel(),
			close: () => engine.close()
		}
	};
}

/** Every analysis that reads the cached facts, at the default and an earlier snapshot. */
async function answers(engine: Engine) {
	const earlier = { snapshot: '2024-06-30', returns: 'exclude' as const };
	return {
		rfm: await rfm(engine),
		rfmEarlier: await rfm(engine, earlier),
		rfmList: await rfmCustomers(engine, {}, { limit: 5, segment: 'Champions' }),
		ends: await bothEnds(engine, { limit: 5 }),
		tiers: await tiers(engine),
		pareto: await pareto(engine, earlier),
		abc: await abc(engine),
		abcList: (await abcCustomers(engine)).slice(0, 5),
		matrix: await matrix(engine),
		matrixList: (await matrixCustomers(engine)).slice(0, 5),
		profit: await profitCurve(engine, 'customers'),
		losers: await profitItems(engine, 'customers', 'losers')
	};
}

const builds = (statements: string[]) =>
	statements.filter((s) => isFactsCacheWork(s) && s.includes('CREATE TEMP TABLE')).length;

describe.each(['wasm', 'native'] as const)('cached customer facts on %s', (kind) => {
	let plain: Engine;
	let cached: ReturnType<typeof counted>;
	let branch: ViewFilters;
	beforeAll(async () => {
		plain = await loadFiles(
			{
				customers: 'datasets/demo/customers.csv.gz',
				transactions: 'datasets/demo/transactions.csv.gz'
			},
			kind
		);
		cached = counted(plain);
		cacheCustomerFacts(cached.engine);
		await applyFilters(cached.engine);
		const [first] = await attributeValues(plain, 'customers', 'branch');
		branch = { attributes: [{ table: 'customers', column: 'branch', values: [first.value] }] };
	}, 60_000);
	afterAll(() => plain.close());

	// Both handles read the same views, so the plain CTEs are the reference for the cached tables.
	it('answers as the plain queries do, before and after filters change', async () => {
		for (const filters of [NO_FILTERS, branch, { attributes: [], from: '2024-01-01' }]) {
			await applyFilters(cached.engine, filters);
			expect(await answers(cached.engine)).toEqual(await answers(plain));
		}
	}, 120_000);

	it('builds the facts once per state of the views and parameters', async () => {
		await applyFilters(cached.engine, branch);
		cached.statements.length = 0;
		await answers(cached.engine);
		await answers(cached.engine);
		// The default facts and those of the earlier snapshot: once each, however many queries.
		expect(builds(cached.statements)).toBe(2);
		await applyFilters(cached.engine, NO_FILTERS);
		await rfm(cached.engine);
		expect(builds(cached.statements)).toBe(3);
	}, 120_000);

	it('builds again when a table was replaced', async () => {
		await applyFilters(cached.engine, NO_FILTERS);
		const before = await rfm(cached.engine);
		await plain.exec(`DELETE FROM transactions WHERE customer_id IN
	(SELECT customer_id FROM transactions ORDER BY customer_id LIMIT 2000)`);
		// What every loader does after replacing a table.
		await refreshViews(cached.engine);
		const after = await rfm(cached.engine);
		expect(after.customers).toBeLessThan(before.customers);
		expect(after).toEqual(await rfm(plain));
	}, 60_000);

	it('builds again when the transaction that built the table was rolled back', async () => {
		await applyFilters(cached.engine, branch);
		await plain.exec('BEGIN TRANSACTION');
		await tiers(cached.engine);
		await plain.exec('ROLLBACK');
		expect(await tiers(cached.engine)).toEqual(await tiers(plain));
	}, 60_000);

	it('writes the facts out again in a query shown to the user, with the same answer', async () => {
		await applyFilters(cached.engine, branch);
		cached.statements.length = 0;
		await bothEnds(cached.engine, { limit: 5 });
		const shown = cached.statements.filter((s) => !isFactsCacheWork(s));
		// The queries did read the cache, and only the cache's own statements are left out.
		expect(shown.filter((sql) => sql.includes('"customer_facts_'))).toHaveLength(shown.length);
		for (const sql of shown) {
			const written = withFactsWrittenOut(sql);
			expect(written).not.toMatch(/"customer_facts_/);
			expect((await plain.query(written, [5])).rows()).toEqual(
				(await plain.query(sql, [5])).rows()
			);
		}
	});

	it('is shared by a page’s recording wrapper, which shows the facts written out', async () => {
		await applyFilters(cached.engine, branch);
		await rfm(cached.engine);
		cached.statements.length = 0;
		const recording = recorded(cached.engine);
		expect(await rfm(recording)).toEqual(await rfm(plain));
		expect(builds(cached.statements)).toBe(0);
		expect(cached.statements.some((sql) => sql.includes('"customer_facts_'))).toBe(true);
		const shown = recording.sql();
		expect(shown).not.toMatch(/customer_facts_|facts cache/);
		expect(shown).toContain('count(DISTINCT coalesce(invoice_id');
	});
});
