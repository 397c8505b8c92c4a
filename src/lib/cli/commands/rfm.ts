import type { ReturnsMode } from '../../analyses/value/customer-facts';
import { rfm, rfmCustomers, type RfmParams, type RfmResult } from '../../analyses/rfm/rfm';
import { requireSome } from '../../analyses/empty';
import { toCsv } from '../../export/csv';
import { json, UsageErrorForOption, type Command, type OptionValues } from '../command';

const CSV_COLUMNS = ['customer_id', 'recency', 'frequency', 'monetary', 'r', 'f', 'm', 'segment'];

export const rfmCommand: Command = {
	name: 'rfm',
	summary: 'recency, frequency, monetary scores (quintiles) and the 10 named segments',
	options: {
		returns: {
			type: 'string',
			description: 'net|exclude  subtract returns (default) or leave them out'
		},
		snapshot: {
			type: 'string',
			description: 'YYYY-MM-DD  count purchases before this day (default: the day after the last)'
		},
		format: { type: 'string', description: 'csv  print every scored customer as CSV instead' }
	},
	async run(engine, values) {
		const params = rfmParams(values);
		if (values.format === 'csv') {
			const rows = await rfmCustomers(engine, params, { orderBy: { key: 'customer_id' } });
			requireSome(rows.length, 'no-customers');
			return toCsv(rows, CSV_COLUMNS) + '\r\n';
		}
		if (values.format !== undefined) throw new UsageErrorForOption('format', 'csv', values.format);
		const result = await rfm(engine, params);
		requireSome(result.customers, 'no-customers');
		return values.json ? json(result) : formatRfm(result);
	}
};

function rfmParams(values: OptionValues): RfmParams {
	const returns = values.returns ?? 'net';
	if (returns !== 'net' && returns !== 'exclude')
		throw new UsageErrorForOption('returns', 'net or exclude', returns);
	const snapshot = values.snapshot;
	if (snapshot !== undefined && (typeof snapshot !== 'string' || !isDay(snapshot)))
		throw new UsageErrorForOption('snapshot', 'a date YYYY-MM-DD', snapshot);
	return { returns: returns as ReturnsMode, snapshot };
}

function isDay(text: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

function formatRfm(r: RfmResult): string {
	const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);
	const money = (x: number) => Math.round(x).toLocaleString('en');
	const lines = [
		`RFM at ${r.snapshot_date}: ${r.customers.toLocaleString('en')} customers, revenue ${money(r.revenue)}`,
		`median recency ${r.recency.median} days, frequency ${r.frequency.median}, ${r.monetary_missing ? 'M is missing: the file has no amounts (add an amount or price column); segments use R and F' : `monetary ${money(r.monetary.median ?? 0)}`}`,
		'',
		`${'segment'.padEnd(20)} ${'customers'.padStart(9)} ${'share'.padStart(6)} ${'revenue'.padStart(12)} ${'share'.padStart(6)}`,
		...r.segments.map(
			(s) =>
				`${s.segment.padEnd(20)} ${s.customers.toLocaleString('en').padStart(9)} ${pct(s.customer_share)} ${money(s.revenue).padStart(12)} ${pct(s.revenue_share)}`
		)
	];
	return lines.join('\n') + '\n';
}
