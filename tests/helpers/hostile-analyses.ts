/**
 * Every analysis, run with a hostile column name and value wherever it takes one, checking the
 * value comes back verbatim. Used by ingest.property.test.ts.
 */
import { expect } from 'vitest';
import { actionCustomers, actionSummaries } from '../../src/lib/analyses/actions/actions';
import { ACTION_KEYS } from '../../src/lib/analyses/actions/lists';
import { replenishmentDue } from '../../src/lib/analyses/actions/replenishment';
import { basketAnalysis } from '../../src/lib/analyses/basket/analysis';
import { churnReasons } from '../../src/lib/analyses/churn/reasons';
import { churnTotals, sliceChurn } from '../../src/lib/analyses/churn/slice';
import { fitClv } from '../../src/lib/analyses/clv/clv';
import { cohorts } from '../../src/lib/analyses/cohorts/cohorts';
import { customerList } from '../../src/lib/analyses/drill/customers';
import { drillSql } from '../../src/lib/analyses/drill/sql';
import type { Drill } from '../../src/lib/analyses/drill/types';
import { bothEnds } from '../../src/lib/analyses/overview/both-ends';
import { kpis } from '../../src/lib/analyses/overview/kpis';
import { monthly } from '../../src/lib/analyses/overview/monthly';
import { abc, abcCustomers } from '../../src/lib/analyses/pareto/abc';
import { pareto } from '../../src/lib/analyses/pareto/pareto';
import { profitCurve, profitItems } from '../../src/lib/analyses/pareto/profit';
import { profile } from '../../src/lib/analyses/profile/profile';
import { replenishment } from '../../src/lib/analyses/sequences/replenishment';
import { sequences } from '../../src/lib/analyses/sequences/sequences';
import { migration } from '../../src/lib/analyses/rfm/migration';
import { rfm, rfmCustomers } from '../../src/lib/analyses/rfm/rfm';
import { segmentChoices } from '../../src/lib/analyses/segments/choices';
import { segmentCounts, segmentCustomers } from '../../src/lib/analyses/segments/segment';
import type { SegmentDefinition } from '../../src/lib/analyses/segments/types';
import { consoleTables } from '../../src/lib/analyses/sql-console/catalog';
import { runReadOnly } from '../../src/lib/analyses/sql-console/run';
import { matrix, matrixCustomers } from '../../src/lib/analyses/tiers/matrix';
import { ratingAttributes } from '../../src/lib/analyses/tiers/rating';
import { tiers } from '../../src/lib/analyses/tiers/tiers';
import type { Engine } from '../../src/lib/engine/engine';
import { REGISTRY, type AnalysisFolder } from '../../src/lib/analyses/registry';
import { ident, literal } from '../../src/lib/engine/sql';
import { attributeValues, filterableColumns } from '../../src/lib/engine/views';

/** How to run an analysis with a hostile column and value; each registry folder needs one. */
type Hostile = (engine: Engine, column: string, value: string) => Promise<void>;

const asOf = '2025-01-01';

const HOSTILE: Record<AnalysisFolder, Hostile> = {
	async overview(engine) {
		await kpis(engine);
		await monthly(engine);
		await bothEnds(engine);
	},
	async rfm(engine, _column, value) {
		const scored = await rfm(engine, {
			segments: [{ segment: value, r: [1, 5], f: [1, 5] }]
		});
		expect(scored.segments.map((s) => s.segment)).toEqual([value]);
		await rfmCustomers(engine, {}, { segment: value, limit: 5 });
		await migration(engine, {});
	},
	async pareto(engine) {
		await pareto(engine);
		await abc(engine);
		await abcCustomers(engine);
		await profitCurve(engine, 'customers');
		await profitCurve(engine, 'products');
		await profitItems(engine, 'products', 'makers');
	},
	async tiers(engine, column, value) {
		await tiers(engine);
		await matrix(engine);
		await matrix(engine, { attribute: { column, classes: { [value]: 'A', plain: 'B' } } });
		await matrixCustomers(engine, { attribute: { column, classes: { [value]: 'A' } } });
		await ratingAttributes(engine);
		await filterableColumns(engine);
	},
	async churn(engine, column) {
		for (const definition of [
			{ kind: 'flag', column } as const,
			{ kind: 'inactive', days: 60 } as const
		]) {
			const params = { definition, reasonColumn: column };
			const totals = await churnTotals(engine, params);
			await churnReasons(engine, params);
			await sliceChurn(engine, params, [{ kind: 'column', column }], totals.rate);
		}
	},
	async cohorts(engine) {
		await cohorts(engine);
	},
	async clv(engine) {
		await fitClv(engine);
	},
	async actions(engine) {
		await actionSummaries(engine, asOf, await replenishmentDue(engine, asOf));
		for (const key of ACTION_KEYS) await actionCustomers(engine, key, asOf);
	},
	async segments(engine, column, value) {
		const choices = await segmentChoices(engine);
		expect(choices.columns.map((c) => c.name)).toContain(column);
		expect(choices.products).toContain(value);
		const definition: SegmentDefinition = {
			version: 1,
			name: value,
			root: {
				kind: 'group',
				op: 'and',
				children: [
					{ kind: 'attribute', column, op: 'equals', values: [value] },
					{ kind: 'attribute', column, op: 'contains', values: [value] },
					{ kind: 'bought', field: 'product_name', values: [value], match: 'any', within: null }
				]
			}
		};
		expect((await segmentCounts(engine, definition))?.matched).toBe(1);
		const segment = await segmentCustomers(engine, definition);
		expect(segment.customers.map((c) => c.customer_id)).toEqual([value]);
	},
	async basket(engine, column, value) {
		await basketAnalysis(engine, {
			segment: { by: { kind: 'attribute', column }, value },
			minSupport: 0.01
		});
		await basketAnalysis(engine, { minSupport: 0.01 });
	},
	async sequences(engine, _column, value) {
		await sequences(engine, { minCustomers: 1 });
		await replenishment(engine, { antecedent: value, consequent: value, minCustomers: 1 });
	},
	async 'sql-console'(engine, column, value) {
		expect((await consoleTables(engine)).flatMap((t) => t.columns.map((c) => c.name))).toContain(
			column
		);
		const consoled = await runReadOnly(
			engine,
			`SELECT ${ident(column)} FROM customers WHERE ${ident(column)} = ${literal(value)}`
		);
		expect(consoled.rows.map((r) => r[column])).toEqual([value]);
	},
	async profile(engine) {
		await profile(engine);
	},
	async drill(engine, column, value) {
		const drills: Drill[] = [
			{ kind: 'product', item: value, name: value },
			{ kind: 'category', item: value },
			{ kind: 'tier', tier: value, tiers: [{ name: value, share: 1 }] },
			{
				kind: 'rfm_segment',
				segment: value,
				rfm: { snapshot: asOf, segments: [{ segment: value, r: [1, 5], f: [1, 5] }] }
			},
			{
				kind: 'churn_reason',
				reason: value,
				churn: { definition: { kind: 'flag', column }, reasonColumn: column }
			},
			{
				kind: 'class',
				cls: 'A1',
				basis: 'attribute',
				matrix: { snapshot: asOf, attribute: { column, classes: { [value]: 'A' } } }
			}
		];
		for (const drill of drills) {
			const { sql, params } = drillSql(drill);
			const found = (await engine.query(sql, params)).rows<{ customer_id: string }>();
			if (drill.kind === 'product' || drill.kind === 'rfm_segment')
				expect(found.map((r) => r.customer_id)).toContain(value);
		}
		const listed = await customerList(engine, { attributes: [column], buyersOnly: false });
		expect(listed.find((c) => c.customer_id === value)?.[column]).toBe(value);
	},
	async value(engine) {
		// The customer facts every value analysis reads, with returns left out instead of netted.
		await pareto(engine, { returns: 'exclude' });
	}
};

/**
 * Every analysis in the registry, with its default parameters and with hostile inputs where it
 * takes any; returns the column's values as the filter bar lists them.
 */
export async function analyses(engine: Engine, column: string, value: string) {
	for (const analysis of REGISTRY) await HOSTILE[analysis.folder](engine, column, value);
	return attributeValues(engine, 'customers', column);
}
