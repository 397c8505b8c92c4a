/**
 * The churn definition the user chose, kept in the URL so both churn pages, reloads and shared
 * links agree: `?churn=inactive&days=120&risk=60&reason=churn_reason&snapshot=2024-12-01`.
 */
import type { ChurnSetup } from '$lib/analyses/churn/setup';
import type { StatusParams } from '$lib/analyses/churn/status';

/** What the URL says; anything missing takes the data's default. */
export interface ChurnChoice {
	kind?: 'flag' | 'inactive';
	flag?: string;
	days?: number;
	risk?: number;
	reason?: string;
	tenure?: string;
	snapshot?: string;
}

const KEYS = ['churn', 'flag', 'days', 'risk', 'reason', 'tenure', 'snapshot'] as const;

const wholeDays = (text: string | null) => {
	const n = Number(text);
	return text && Number.isInteger(n) && n >= 1 ? n : undefined;
};

/** Read the choice from the URL, ignoring malformed values. */
export function choiceFromUrl(url: URL): ChurnChoice {
	const get = (key: string) => url.searchParams.get(key) || undefined;
	const kind = get('churn');
	const snapshot = get('snapshot');
	return {
		kind: kind === 'flag' || kind === 'inactive' ? kind : undefined,
		flag: get('flag'),
		days: wholeDays(url.searchParams.get('days')),
		risk: wholeDays(url.searchParams.get('risk')),
		reason: get('reason'),
		tenure: get('tenure'),
		snapshot: snapshot && /^\d{4}-\d{2}-\d{2}$/.test(snapshot) ? snapshot : undefined
	};
}

/** The same URL with this choice (other parameters, such as filters, kept). */
export function urlWithChoice(url: URL, choice: ChurnChoice): URL {
	const next = new URL(url);
	for (const key of KEYS) next.searchParams.delete(key);
	const values: Record<(typeof KEYS)[number], string | number | undefined> = {
		churn: choice.kind,
		flag: choice.flag,
		days: choice.days,
		risk: choice.risk,
		reason: choice.reason,
		tenure: choice.tenure,
		snapshot: choice.snapshot
	};
	for (const key of KEYS)
		if (values[key] !== undefined) next.searchParams.set(key, String(values[key]));
	return next;
}

/** Analysis parameters: the choice with the data's defaults filled in. */
export function resolveChoice(choice: ChurnChoice, setup: ChurnSetup): StatusParams {
	const kind = choice.kind ?? setup.default_definition.kind;
	const flag =
		choice.flag && setup.flag_columns.includes(choice.flag) ? choice.flag : setup.flag_columns[0];
	const days = choice.days ?? setup.inactivity?.days ?? 365;
	const reason =
		choice.reason && setup.reason_columns.includes(choice.reason)
			? choice.reason
			: setup.reason_columns[0];
	const tenure =
		choice.tenure && setup.tenure_columns.includes(choice.tenure)
			? choice.tenure
			: setup.has_transactions
				? undefined
				: setup.tenure_columns[0];
	return {
		definition:
			kind === 'inactive' && setup.has_transactions
				? { kind: 'inactive', days }
				: { kind: 'flag', column: flag ?? 'churned' },
		snapshot: choice.snapshot,
		atRiskDays: Math.min(choice.risk ?? setup.inactivity?.at_risk_days ?? 90, days),
		reasonColumn: reason,
		tenureColumn: tenure
	};
}

/** The definition's wording in the page's language. */
export interface DefinitionWords {
	inactive: (days: number) => string;
	/** The canonical churn flag of the customers file. */
	flag: string;
	column: (column: string) => string;
}

/** One sentence saying what counts as churn under these parameters. */
export function describeDefinition(params: StatusParams, words: DefinitionWords): string {
	const d = params.definition;
	if (d.kind === 'inactive') return words.inactive(d.days);
	const column = d.column ?? 'churned';
	return column === 'churned' ? words.flag : words.column(column);
}

/** The first day of the month `months` months before `day` (`YYYY-MM-DD`). */
export function monthsBefore(day: string, months: number): string {
	const date = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
	date.setUTCMonth(date.getUTCMonth() - months);
	return date.toISOString().slice(0, 10);
}
