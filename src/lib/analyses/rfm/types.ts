import type { ValueParams } from '../value/customer-facts';
import type { CutSet, Dimension, ScoreBin } from './cuts';
import type { SegmentMap } from './segments';

/**
 * Quintile scoring gives tied customers the same score: score = 1 + ⌊5 · (rank − 1) / n⌋, with
 * `rank()` over the value ascending (recency descending, so 5 is the most recent). Equal
 * behaviour always gets an equal score; the price is uneven bins when many customers tie (often
 * half the customers bought once, so they all get F1 and score F2 stays empty).
 */
export type Scoring = 'quintiles' | 'thresholds';

/** Everything that shapes an RFM result. */
export interface RfmParams extends ValueParams {
	scoring?: Scoring;
	/** Used when `scoring` is `thresholds`. */
	cuts?: CutSet;
	/** Named rectangles of the R×F grid; default the 10-segment map. */
	segments?: SegmentMap;
}

/** Mean and median of one dimension over the scored customers. */
export interface Stat {
	mean: number | null;
	median: number | null;
}

/** One named segment's size and value. */
export interface RfmSegment {
	segment: string;
	customers: number;
	revenue: number;
	customer_share: number;
	revenue_share: number;
}

/** One cell of the R×F grid. */
export interface RfmCell {
	r: number;
	f: number;
	customers: number;
	revenue: number;
	avg_monetary: number | null;
	segment: string;
}

/** The RFM overview for one snapshot. */
export interface RfmResult {
	snapshot_date: string;
	customers: number;
	revenue: number;
	/** True when the file has no amounts: M and monetary are null, segments use R and F alone. */
	monetary_missing: boolean;
	recency: Stat;
	frequency: Stat;
	monetary: Stat;
	/** The value range of every score bin, always reported so scores can be read as values. */
	thresholds: Record<Dimension, ScoreBin[]>;
	segments: RfmSegment[];
	/** `matrix[r - 1][f - 1]` is the number of customers in that cell. */
	matrix: number[][];
	cells: RfmCell[];
}

/** One scored customer. */
export interface RfmCustomer {
	customer_id: string;
	name: string | null;
	recency: number;
	frequency: number;
	/** Null when the file has no amounts. */
	monetary: number | null;
	r: number;
	f: number;
	m: number | null;
	segment: string;
}

/** Which customers to list and how. */
export interface CustomerQuery {
	segment?: string;
	r?: number;
	f?: number;
	/** Default: every matching customer. */
	limit?: number;
	offset?: number;
	orderBy?: { key: keyof RfmCustomer; descending?: boolean };
}
