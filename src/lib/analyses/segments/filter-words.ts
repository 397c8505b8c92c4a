import type { Locale } from '../../i18n/bilingual';
import type { Filters } from '../drill/filters';
import { columnWords, describeSegment } from './describe';

const EN = {
	none: 'Filters: none (all customers)',
	dates: (from: string, to: string) => `Purchases: ${from} to ${to}`,
	attribute: (customers: boolean, column: string, values: string[]) =>
		`${customers ? 'Customer' : 'Line'} ${column}: ${values.join(', ')}`,
	segment: (name: string, words: string) => `Segment “${name}”: ${words}`
};

/** Words for the notes of an export, per language. */
const FILTER_WORDS: Record<Locale, typeof EN> = {
	en: EN,
	'zh-CN': {
		none: '筛选：无（全部客户）',
		dates: (from: string, to: string) => `购买日期：${from} 至 ${to}`,
		attribute: (customers: boolean, column: string, values: string[]) =>
			`${customers ? '客户' : '明细'}${column}：${values.join('、')}`,
		segment: (name: string, words: string) => `分群“${name}”：${words}`
	}
};

/** The active global filters in words, one line each (for an export's notes). */
export function describeFilters(filters: Filters, locale: Locale): string[] {
	const w = FILTER_WORDS[locale];
	const lines: string[] = [];
	if (filters.from || filters.to) lines.push(w.dates(filters.from ?? '…', filters.to ?? '…'));
	for (const f of filters.attributes)
		lines.push(w.attribute(f.table === 'customers', columnWords(f.column, locale), f.values));
	if (filters.segment)
		lines.push(w.segment(filters.segment.name, describeSegment(filters.segment, locale)));
	return lines.length ? lines : [w.none];
}
