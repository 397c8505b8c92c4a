/**
 * Each drill as a query of its customers over the (filtered) views, built from the analysis that
 * drew the chart, so a drill holds exactly the customers of the clicked element.
 */
import type { CustomerQuery } from '../../engine/views';
import { VIEW } from '../../engine/views';
import { churnCtes } from '../churn/definition';
import { NO_REASON } from '../churn/reasons';
import { COHORT_CTES } from '../cohorts/cohorts';
import { rfmCtes } from '../rfm/rfm';
import { matrixCtes } from '../tiers/matrix';
import { tierAssignmentCtes, type TierSpec } from '../tiers/tiers';
import { customerFactsCtes } from '../value/customer-facts';
import type { Drill } from './types';

const COHORT = /^\d{4}-\d{2}$/;

/** The customer-id query of a drill; throws on a drill that cannot be computed (bad params). */
export function drillSql(drill: Drill): CustomerQuery {
	switch (drill.kind) {
		case 'rfm_segment':
			return {
				sql: `WITH ${rfmCtes(drill.rfm)}\nSELECT customer_id FROM rfm_customers WHERE segment = ?`,
				params: [drill.segment]
			};
		case 'rfm_cell':
			return {
				sql: `WITH ${rfmCtes(drill.rfm)}\nSELECT customer_id FROM rfm_customers WHERE r = ? AND f = ?`,
				params: [drill.r, drill.f]
			};
		case 'tier':
			return tierSql(drill.tiers, drill.tier);
		case 'class': {
			const { sql, params } = matrixCtes(drill.matrix, drill.basis);
			return {
				sql: `${sql}\nSELECT customer_id FROM classified WHERE attractiveness || stage = ?`,
				params: [...params, drill.cls]
			};
		}
		case 'churn_reason':
			return {
				sql: `WITH ${churnCtes(drill.churn)}
SELECT customer_id FROM churn_customers
WHERE eligible AND churned AND coalesce(reason, ?) = ?`,
				params: [NO_REASON, drill.reason]
			};
		case 'product':
		case 'category':
			// The lines the basket analysis counts: sold (not returned) products, postage left out.
			return {
				sql: `SELECT customer_id FROM ${VIEW.transactions}
WHERE NOT is_return AND is_product IS NOT FALSE
	AND ${drill.kind === 'product' ? 'coalesce(product_id, product_name)' : 'category'} = ?`,
				params: [drill.item]
			};
		case 'cohort':
			return cohortSql(drill.cohort, drill.month);
	}
}

/** Customers in one tier, by the tiers analysis's own assignment. */
function tierSql(tiers: readonly TierSpec[], name: string): CustomerQuery {
	const index = tiers.findIndex((t) => t.name === name);
	if (index < 0) throw new Error(`No tier named “${name}”`);
	return {
		sql: `WITH ${customerFactsCtes()},
${tierAssignmentCtes('tier', tiers)}
SELECT customer_id FROM tier_assigned WHERE tier = ?`,
		params: [index]
	};
}

/** A cohort, or those of its customers active `month` months after it, as the cohorts count. */
function cohortSql(cohort: string, month?: number): CustomerQuery {
	if (!COHORT.test(cohort)) throw new Error(`Not a month: “${cohort}”`);
	const ctes = `WITH ${customerFactsCtes()},\n${COHORT_CTES}`;
	const start = `strptime(?, '%Y-%m')`;
	if (month === undefined)
		return {
			sql: `${ctes}\nSELECT customer_id FROM firsts WHERE cohort = ${start}`,
			params: [cohort]
		};
	if (!Number.isInteger(month) || month < 0) throw new Error(`Not a month number: ${month}`);
	return {
		sql: `${ctes}
SELECT f.customer_id
FROM firsts f JOIN activity a USING (customer_id)
WHERE f.cohort = ${start} AND a.purchased AND date_diff('month', f.cohort, a.month_start) = ?`,
		params: [cohort, month]
	};
}
