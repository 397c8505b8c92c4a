import type { AttributeFilter, CustomerQuery, ViewFilters } from '../../engine/views';
import { segmentWhereSql } from '../segments/compile';
import type { SegmentDefinition } from '../segments/types';
import { drillSql } from './sql';
import type { Drill } from './types';

/** The global filters as the user sets them (and the URL holds them). */
export interface Filters {
	/** Inclusive, `YYYY-MM-DD`. */
	from?: string;
	/** Inclusive, `YYYY-MM-DD`. */
	to?: string;
	attributes: AttributeFilter[];
	/** A saved segment applied to every page: customers outside it drop out of all three views. */
	segment?: SegmentDefinition;
	/** Chart elements clicked, in order: each narrows the customers further. */
	drills?: Drill[];
}

/**
 * The filters as SQL for the engine's views. A drill that cannot be compiled (say, a tier name a
 * hand-edited link made up) becomes a query that fails, so the engine reports it like any other.
 */
export function compileFilters(filters: Filters): ViewFilters {
	return {
		from: filters.from,
		to: filters.to,
		attributes: filters.attributes,
		customerConditions: filters.segment ? [segmentWhereSql(filters.segment, 'customers')] : [],
		drills: (filters.drills ?? []).map(compiled)
	};
}

function compiled(drill: Drill): CustomerQuery {
	try {
		return drillSql(drill);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		return { sql: 'SELECT error(?) AS customer_id', params: [message] };
	}
}

/** Whether any filter applies to transaction lines, so only buyers in them are in view. */
export function filtersLines(filters: Filters): boolean {
	return Boolean(
		filters.from || filters.to || filters.attributes.some((f) => f.table === 'transactions')
	);
}

/** Whether any filter at all is set. */
export function anyFilter(filters: Filters): boolean {
	return Boolean(
		filters.from ||
		filters.to ||
		filters.attributes.length ||
		filters.segment ||
		filters.drills?.length
	);
}
