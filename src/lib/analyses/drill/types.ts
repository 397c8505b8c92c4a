import type { ChurnParams } from '../churn/definition';
import type { RfmParams } from '../rfm/types';
import type { AttractivenessBasis, MatrixParams } from '../tiers/matrix';
import type { MatrixClass } from '../tiers/strategies';
import type { TierSpec } from '../tiers/tiers';

/**
 * A set of customers picked by clicking an aggregate in a chart. Each drill carries the analysis
 * parameters it was computed with (snapshot resolved to a date), so the same link finds the same
 * customers wherever it is opened, whatever the page's own settings are by then.
 */
export type Drill =
	| { kind: 'rfm_segment'; segment: string; rfm: RfmParams & { snapshot: string } }
	| { kind: 'rfm_cell'; r: number; f: number; rfm: RfmParams & { snapshot: string } }
	| { kind: 'tier'; tier: string; tiers: TierSpec[] }
	| {
			kind: 'class';
			cls: MatrixClass;
			matrix: MatrixParams & { snapshot: string };
			basis: AttractivenessBasis;
	  }
	/** The snapshot is left out only when the data has no purchases to date it (flag churn). */
	| { kind: 'churn_reason'; reason: string; churn: ChurnParams }
	/** Bought this product (keyed as the basket analysis keys it: code, else name). */
	| { kind: 'product'; item: string; name: string }
	| { kind: 'category'; item: string }
	/** First purchase in this month (`YYYY-MM`); with `month`, also bought in month `month` after it. */
	| { kind: 'cohort'; cohort: string; month?: number };

export type DrillKind = Drill['kind'];
