import { day, paramSet } from '$lib/state/url-params';

/**
 * The churn page's own view state beyond the churn definition (`choice.ts`): where the status
 * transitions start. `from` alone is the global date filter's key.
 */
export const CHURN_PAGE = paramSet<{ since: string | undefined }>({
	since: { key: 'since', codec: day, default: undefined }
});
