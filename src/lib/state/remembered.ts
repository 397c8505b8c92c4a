import { headerKey } from '../engine/ingest/mapping';
import type { PlanOverrides } from '../engine/ingest/prepare';

const KEY = 'customer-lens:mappings';

/**
 * Confirmed mappings, remembered per header (in this browser's localStorage), so next month's
 * export with the same columns loads without asking again.
 */
export function rememberedOverrides(headers: readonly string[]): PlanOverrides | null {
	return read()[headerKey(headers)] ?? null;
}

export function rememberOverrides(headers: readonly string[], overrides: PlanOverrides): void {
	const all = read();
	all[headerKey(headers)] = overrides;
	localStorage.setItem(KEY, JSON.stringify(all));
}

/** "Remove my data": the mappings go too (they hold the uploads' column names). */
export function forgetOverrides(): void {
	localStorage.removeItem(KEY);
}

function read(): Record<string, PlanOverrides> {
	try {
		return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, PlanOverrides>;
	} catch {
		return {};
	}
}
