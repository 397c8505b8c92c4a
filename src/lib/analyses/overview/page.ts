import { definePage } from '../page';
import { rfm, type RfmResult } from '../rfm/rfm';
import { tiers, type TierRow } from '../tiers/tiers';
import { endCustomers, type EndCustomer } from './both-ends';
import { kpis, type KpiResult, type PeriodLength } from './kpis';
import { monthly, type MonthlyRow } from './monthly';

export interface OverviewPageParams {
	/** The period the key figures cover and compare with the one before. */
	period: PeriodLength;
}

export interface OverviewPageSections {
	kpis: KpiResult | null;
	monthly: MonthlyRow[];
	top: EndCustomer[];
	atRisk: EndCustomer[];
	rfm: RfmResult;
	tiers: TierRow[];
}

/** The overview: its story first (key figures, customers at risk), then the charts and lists. */
export const overviewPage = definePage<OverviewPageParams, OverviewPageSections>(
	async (section, { period }) => {
		const [k, atRisk] = await Promise.all([
			section('kpis', (e) => kpis(e, { period })),
			section('atRisk', (e) => endCustomers(e, 'at_risk', { limit: 8 }))
		]);
		const [m, top, segments, tierRows] = await Promise.all([
			section('monthly', monthly),
			section('top', (e) => endCustomers(e, 'top', { limit: 8 })),
			section('rfm', (e) => rfm(e)),
			section('tiers', (e) => tiers(e))
		]);
		return { kpis: k, atRisk, monthly: m, top, rfm: segments, tiers: tierRows };
	}
);
