import type { Filters } from '../analyses/drill/filters';
import type { Drill } from '../analyses/drill/types';
import { decodeSegment, encodeSegment } from '../analyses/segments/parse';
import type { AttributeFilter } from '../engine/views';
import { formatDrill, parseDrill, withDrill } from './drills';

/**
 * Filters live in the URL so a bookmark or a shared link reproduces the view:
 * `?from=2024-01-01&to=2024-06-30&f=customers.branch:Shanghai|Beijing&d=tier:Gold`.
 */
export function filtersFromUrl(url: URL): Filters {
	const date = (key: string) => {
		const value = url.searchParams.get(key);
		return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
	};
	const attributes: AttributeFilter[] = url.searchParams.getAll('f').flatMap((spec) => {
		const match = /^(customers|transactions)\.([^:]+):(.*)$/.exec(spec);
		if (!match) return [];
		try {
			const values = match[3].split('|').map(decodeURIComponent);
			return [{ table: match[1] as AttributeFilter['table'], column: match[2], values }];
		} catch {
			return []; // a malformed escape in a hand-edited link
		}
	});
	const segment = decodeSegment(url.searchParams.get('segment'));
	const drills = url.searchParams.getAll('d').flatMap((text) => parseDrill(text) ?? []);
	return {
		from: date('from'),
		to: date('to'),
		attributes,
		...(segment ? { segment } : {}),
		...(drills.length ? { drills } : {})
	};
}

/** The URL for the same page with these filters (other parameters kept). */
export function urlWithFilters(url: URL, filters: Filters): URL {
	const next = new URL(url);
	for (const key of ['from', 'to', 'f', 'segment', 'd']) next.searchParams.delete(key);
	if (filters.segment) next.searchParams.set('segment', encodeSegment(filters.segment));
	if (filters.from) next.searchParams.set('from', filters.from);
	if (filters.to) next.searchParams.set('to', filters.to);
	for (const f of filters.attributes)
		next.searchParams.append(
			`f`,
			`${f.table}.${f.column}:${f.values.map(encodeURIComponent).join('|')}`
		);
	for (const drill of filters.drills ?? []) next.searchParams.append('d', formatDrill(drill));
	return next;
}

/**
 * The URL with one more drill picked on this page (see `withDrill`), the filters of `url` kept.
 * With `path`, the URL of that page instead (filters only, e.g. the customer list).
 */
export function urlWithDrill(url: URL, drill: Drill, path?: string): URL {
	const filters = filtersFromUrl(url);
	const drills = withDrill(filters.drills ?? [], drill, url.pathname);
	return urlWithFilters(path ? new URL(path, url) : url, { ...filters, drills });
}

/** A stable key to tell whether two filter sets differ. */
export function filtersKey(filters: Filters): string {
	return JSON.stringify([
		filters.from ?? '',
		filters.to ?? '',
		filters.attributes,
		filters.segment ? encodeSegment(filters.segment) : '',
		(filters.drills ?? []).map(formatDrill)
	]);
}
