import type { RetentionStatus } from '../analyses/churn/status';

/** One colour per retention status on every churn chart: green stays, red leaves. */
export const STATUS_COLORS: Record<RetentionStatus, string> = {
	active: '#16a34a',
	returned: '#0891b2',
	at_risk: '#f59e0b',
	churned: '#dc2626'
};

/** A rate as a percentage with one decimal. */
export const pct = (x: number | null | undefined) =>
	x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`;
