import type { Filters } from '../../engine/views';
import { columnWords, describeSegment } from './describe';

/** Words for the notes of an export and the chips; one place so a translation can replace them. */
export const FILTER_WORDS = {
	none: 'Filters: none (all customers)',
	dates: (from: string, to: string) => `Purchases: ${from} to ${to}`,
	customer: 'Customer',
	line: 'Line',
	segment: (name: string, words: string) => `Segment “${name}”: ${words}`
};

/** The active global filters in words, one line each (for an export's notes). */
export function describeFilters(filters: Filters): string[] {
	const lines: string[] = [];
	if (filters.from || filters.to)
		lines.push(FILTER_WORDS.dates(filters.from ?? '…', filters.to ?? '…'));
	for (const f of filters.attributes)
		lines.push(
			`${f.table === 'customers' ? FILTER_WORDS.customer : FILTER_WORDS.line} ${columnWords(f.column)}: ${f.values.join(', ')}`
		);
	if (filters.segment)
		lines.push(FILTER_WORDS.segment(filters.segment.name, describeSegment(filters.segment)));
	return lines.length ? lines : [FILTER_WORDS.none];
}
