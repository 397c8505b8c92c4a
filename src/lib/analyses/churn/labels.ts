/**
 * The words the churn analyses write into their results (placeholder values, tenure buckets,
 * derived dimension names, the default RFM segments) in the reader's language. Values from the
 * user's files pass through.
 */
import { SEGMENT_INFO } from '../rfm/segments';
import { DERIVED_DIMENSIONS, TENURE_BUCKETS } from './dimensions';
import { NO_REASON } from './reasons';

/** The product's languages (the same ids as the app's locale). */
export type Lang = 'en' | 'zh-CN';

const DIMENSIONS_ZH: Record<keyof typeof DERIVED_DIMENSIONS, string> = {
	rfm_segment: 'RFM 分群',
	value_tier: '价值层级',
	tenure_bucket: '客户时长',
	first_product: '首购商品',
	first_category: '首购品类'
};

/** Chinese of each tenure bucket, in TENURE_BUCKETS order. */
const TENURE_ZH = ['不足 3 个月', '3–6 个月', '6–12 个月', '1–2 年', '2 年以上'];

// A Map, not an object: a value such as "constructor" must not find Object.prototype.
const VALUES_ZH = new Map<string, string>([
	...Object.entries(SEGMENT_INFO).map(([key, info]) => [key, info.name.zh] as const),
	['(missing)', '（缺失）'],
	['(other)', '（其他）'],
	['(no purchase)', '（未购买）'],
	['(unknown)', '（未知）'],
	[NO_REASON, '（未填原因）'],
	['All customers', '全部客户'],
	...TENURE_BUCKETS.map(([, label], i) => [label, TENURE_ZH[i]] as const)
]);

/** A dimension's name: derived dimensions in the reader's language, columns as labelled. */
export function dimensionName(key: string, label: string, lang: Lang): string {
	return lang === 'zh-CN' && Object.hasOwn(DIMENSIONS_ZH, key)
		? DIMENSIONS_ZH[key as keyof typeof DIMENSIONS_ZH]
		: label;
}

/** A segment or reason value: the analyses' own placeholders translated, data as it is. */
export function valueLabel(value: string, lang: Lang): string {
	return lang === 'zh-CN' ? (VALUES_ZH.get(value) ?? value) : value;
}
