import type { Filters } from '../analyses/drill/filters';
import type { Drill } from '../analyses/drill/types';
import { decodeSegment, encodeSegment } from '../analyses/segments/parse';
import type { AttributeFilter } from '../engine/views';
import { formatDrill, parseDrill, withDrill } from './drills';

/** The filters of a URL, and the filter parameters it holds that could not be read. */
export interface UrlFilters {
	filters: Filters;
	/** Parameters left out, as written (`d=…`): a damaged or hand-edited link. */
	unread: string[];
}

/**
 * Filters live in the URL so a bookmark or a shared link reproduces the view:
 * `?from=2024-01-01&to=2024-06-30&f=customers.branch:Shanghai|Beijing&d=tier:Gold`.
 * A parameter that cannot be read is left out, and listed so the page can say so.
 */
export function readFilters(url: URL): UrlFilters {
	const unread: string[] = [];
	const leaveOut = (key: string, value: string): [] => {
		unread.push(`${key}=${value}`);
		return [];
	};
	const date = (key: string) => {
		const value = url.searchParams.get(key) || undefined;
		if (value === undefined || /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
		leaveOut(key, value);
		return undefined;
	};
	const from = date('from');
	const to = date('to');
	const attributes: AttributeFilter[] = url.searchParams.getAll('f').flatMap((spec) => {
		const match = /^(customers|transactions)\.([^:]+):(.*)$/.exec(spec);
		if (!match) return leaveOut('f', spec);
		try {
			const values = match[3].split('|').map(decodeURIComponent);
			return [{ table: match[1] as AttributeFilter['table'], column: match[2], values }];
		} catch {
			return leaveOut('f', spec); // a malformed escape in a hand-edited link
		}
	});
	const segmentText = url.searchParams.get('segment');
	const segment = decodeSegment(segmentText);
	if (segmentText && !segment) leaveOut('segment', segmentText);
	const drills = url.searchParams
		.getAll('d')
		.flatMap((text) => parseDrill(text) ?? leaveOut('d', text));
	return {
		filters: {
			from,
			to,
			attributes,
			...(segment ? { segment } : {}),
			...(drills.length ? { drills } : {})
		},
		unread
	};
}

/** The filters of a URL, leaving out what cannot be read (see `readFilters`). */
export function filtersFromUrl(url: URL): Filters {
	return readFilters(url).filters;
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
