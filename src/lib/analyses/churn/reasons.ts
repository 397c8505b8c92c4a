/** Why customers left: reasons overall and by segment, and each segment's top reason in words. */
import type { Engine } from '../../engine/engine';
import { literal } from '../../engine/sql';
import { churnCtes, type ChurnParams } from './definition';
import { dimensionCtes, needsRfm, type Dimension } from './dimensions';

/** Churned customers without a reason are counted under this label. */
export const NO_REASON = '(no reason given)';

/** One reason overall. */
interface ReasonCount {
	reason: string;
	churned: number;
}

/** One segment's reasons, most frequent first. */
export interface SegmentReasons {
	value: string;
	churned: number;
	reasons: { reason: string; churned: number; share: number }[];
	/** The most frequent reason other than NO_REASON, or null when none is given. */
	top: { reason: string; churned: number; share: number; share_elsewhere: number | null } | null;
}

/** Churned customers per reason, most frequent first. */
export function reasonsSql(params: ChurnParams): string {
	return `WITH ${churnCtes(params)}
SELECT coalesce(reason, ${literal(NO_REASON)}) AS reason, count(*) AS churned
FROM churn_customers
WHERE eligible AND churned
GROUP BY ALL
ORDER BY churned DESC, reason`;
}

/** Churned customers per segment of `dimension` and reason. */
export function segmentReasonsSql(params: ChurnParams, dimension: Dimension): string {
	return `WITH ${churnCtes(params, needsRfm([dimension]))},
${dimensionCtes(dimension, 'dim')}
SELECT d.value, d.position, coalesce(c.reason, ${literal(NO_REASON)}) AS reason, count(*) AS churned
FROM churn_customers c JOIN dim d USING (customer_id)
WHERE c.eligible AND c.churned
GROUP BY ALL
ORDER BY d.position, d.value, churned DESC, reason`;
}

/** Reasons over every churned customer. */
export async function churnReasons(engine: Engine, params: ChurnParams): Promise<ReasonCount[]> {
	return (await engine.query(reasonsSql(params))).rows<ReasonCount>();
}

/** Group per-segment reason counts, with shares and each segment's top reason against the rest. */
export function summariseReasons(
	rows: readonly { value: string; reason: string; churned: number }[]
): SegmentReasons[] {
	const values = [...new Set(rows.map((r) => r.value))];
	const total = (pred: (r: (typeof rows)[number]) => boolean) =>
		rows.filter(pred).reduce((s, r) => s + r.churned, 0);
	return values.map((value) => {
		const own = rows.filter((r) => r.value === value);
		const churned = own.reduce((s, r) => s + r.churned, 0);
		const reasons = own
			.map((r) => ({ reason: r.reason, churned: r.churned, share: r.churned / churned }))
			.sort((a, b) => b.churned - a.churned || (a.reason < b.reason ? -1 : 1));
		const best = reasons.find((r) => r.reason !== NO_REASON);
		let top: SegmentReasons['top'] = null;
		if (best) {
			const elsewhere = total((r) => r.value !== value);
			const reasonElsewhere = total((r) => r.value !== value && r.reason === best.reason);
			top = { ...best, share_elsewhere: elsewhere ? reasonElsewhere / elsewhere : null };
		}
		return { value, churned, reasons, top };
	});
}

/** Reasons by segment of `dimension`, segments in the dimension's order. */
export async function reasonsBySegment(
	engine: Engine,
	params: ChurnParams,
	dimension: Dimension
): Promise<SegmentReasons[]> {
	const sql = segmentReasonsSql(params, dimension);
	const rows = (await engine.query(sql)).rows<{ value: string; reason: string; churned: number }>();
	return summariseReasons(rows);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/**
 * One sentence per segment: its top reason, its share, and its share in the other segments, in
 * `lang`. The segment's and reason's values are printed as given (translate placeholders first).
 */
export function reasonSentence(s: SegmentReasons, lang: 'en' | 'zh-CN'): string {
	const n = s.churned.toLocaleString(lang);
	const elsewhere = s.top?.share_elsewhere ?? null;
	if (lang === 'zh-CN') {
		if (!s.top) return `${s.value}：${n} 名流失客户均未记录原因。`;
		const rest = elsewhere === null ? '' : `（其他分群为 ${pct(elsewhere)}）`;
		return `${s.value}：首要原因是“${s.top.reason}”，占 ${n} 名流失客户的 ${pct(s.top.share)}${rest}。`;
	}
	if (!s.top) return `${s.value}: no reasons recorded for its ${n} churned customers.`;
	const rest = elsewhere === null ? '' : ` (${pct(elsewhere)} in the other segments)`;
	return `${s.value}: ${s.top.reason} is the top reason, given by ${pct(s.top.share)} of ${n} churned customers${rest}.`;
}
