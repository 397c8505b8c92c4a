import { boolean, number, paramSet, text } from '$lib/state/url-params';

/** The customer list's URL: sort column and direction, and the page shown. */
export const CUSTOMERS_PAGE = paramSet<{ sort: string; descending: boolean; page: number }>({
	sort: { key: 'sort', codec: text, default: 'revenue' },
	descending: { key: 'desc', codec: boolean, default: true },
	page: { key: 'page', codec: number(1, Number.MAX_SAFE_INTEGER, true), default: 1 }
});
