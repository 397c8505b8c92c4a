import { customerColumns, resolveCustomerColumn } from '../../analyses/churn/columns';
import type { ChurnDefinition, ChurnParams } from '../../analyses/churn/definition';
import { DERIVED_DIMENSIONS, parseDimension } from '../../analyses/churn/dimensions';
import { churnReasons } from '../../analyses/churn/reasons';
import { churnSetup } from '../../analyses/churn/setup';
import { churnTotals, sliceChurn } from '../../analyses/churn/slice';
import { requireSome } from '../../analyses/empty';
import type { Engine } from '../../engine/engine';
import {
	json,
	numberOption,
	UsageErrorForOption,
	type Command,
	type OptionValues
} from '../command';
import { UsageError } from '../load-files';

/** A `YYYY-MM-DD` option, checked. */
export function dayOption(values: OptionValues, name: string): string | undefined {
	const raw = values[name];
	if (raw === undefined) return undefined;
	if (
		typeof raw !== 'string' ||
		!/^\d{4}-\d{2}-\d{2}$/.test(raw) ||
		Number.isNaN(Date.parse(`${raw}T00:00:00Z`))
	)
		throw new UsageErrorForOption(name, 'a date YYYY-MM-DD', raw);
	return raw;
}

async function column(engine: Engine, values: OptionValues, option: string): Promise<string> {
	const name = String(values[option]);
	const found = await resolveCustomerColumn(engine, name);
	if (!found) throw new UsageError(`--${option}: the customers file has no column "${name}"`);
	return found;
}

/** The definition the options ask for, or the data's default (flag if present, else inactivity). */
async function definition(engine: Engine, values: OptionValues): Promise<ChurnDefinition> {
	if (values['churn-flag'] !== undefined && values['inactive-days'] !== undefined)
		throw new UsageError('give either --churn-flag or --inactive-days, not both');
	const days = numberOption(values, 'inactive-days');
	if (days !== undefined) {
		if (!Number.isInteger(days) || days < 1)
			throw new UsageErrorForOption('inactive-days', 'a whole number of days ≥ 1', days);
		return { kind: 'inactive', days };
	}
	if (values['churn-flag'] !== undefined) {
		const flag = await column(engine, values, 'churn-flag');
		const profiled = (await customerColumns(engine)).find((c) => c.column === flag);
		if (!profiled?.yes_no)
			throw new UsageError(
				`--churn-flag: "${values['churn-flag']}" does not hold yes/no values (Yes/No, 1/0, true/false, 是/否)`
			);
		return { kind: 'flag', column: flag };
	}
	const setup = await churnSetup(engine, values.snapshot as string | undefined);
	if (setup.default_definition.kind === 'flag' && !setup.flag_columns.length)
		throw new UsageError('no churn flag in the customers file and no transactions to infer churn');
	return setup.default_definition;
}

export const churnCommand: Command = {
	name: 'churn',
	summary: 'churn rate by segment with 95% intervals and lift, and churn reasons',
	options: {
		'churn-flag': {
			type: 'string',
			description: 'COL  customers column saying who left (Yes/No, 1/0, true/false, 是/否)'
		},
		'inactive-days': {
			type: 'string',
			description: 'N  churned = no purchase for more than N days (default: from the data)'
		},
		reason: { type: 'string', description: 'COL  customers column with the churn reason' },
		by: {
			type: 'string',
			description: `COL  customers column to slice by, or ${Object.keys(DERIVED_DIMENSIONS).join(', ')}`
		},
		snapshot: {
			type: 'string',
			description: 'YYYY-MM-DD  count purchases before this day (default: the day after the last)'
		}
	},
	async run(engine, values) {
		if (values.by === undefined) throw new UsageError('--by COL is required');
		const snapshot = dayOption(values, 'snapshot');
		const params: ChurnParams = { definition: await definition(engine, values), snapshot };
		if (values.reason !== undefined) params.reasonColumn = await column(engine, values, 'reason');
		const by = String(values.by);
		const resolved = (await resolveCustomerColumn(engine, by)) ?? by;
		const dimension = parseDimension(resolved, await customerColumns(engine));
		if (!dimension) throw new UsageError(`--by: the customers file has no column "${by}"`);
		const totals = await churnTotals(engine, params);
		requireSome(totals.customers, 'no-customers');
		const [slice] = await sliceChurn(engine, params, [dimension], totals.rate);
		const reasons = values.reason === undefined ? undefined : await churnReasons(engine, params);
		const result = {
			customers: totals.customers,
			churned: totals.churned,
			rate: totals.rate,
			by: slice.rows,
			...(reasons ? { reasons } : {}),
			definition: params.definition,
			snapshot_date: totals.snapshot_date,
			by_column: slice.dimension,
			test: slice.test
		};
		return values.json ? json(result) : formatChurn(result);
	}
};

function formatChurn(r: {
	customers: number;
	churned: number;
	rate: number | null;
	by: {
		value: string;
		customers: number;
		churned: number;
		rate: number;
		ci_low: number;
		ci_high: number;
		lift: number | null;
	}[];
	reasons?: { reason: string; churned: number }[];
	definition: ChurnDefinition;
	by_column: string;
	test: { p_value: number; cramers_v: number } | null;
}): string {
	const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
	const how =
		r.definition.kind === 'flag'
			? `flag column ${r.definition.column ?? 'churned'}`
			: `no purchase for more than ${r.definition.days} days`;
	const lines = [
		`Churn (${how}): ${r.churned.toLocaleString('en')} of ${r.customers.toLocaleString('en')} customers, ${pct(r.rate)}`,
		r.test
			? `${r.by_column}: chi-square p = ${r.test.p_value.toPrecision(3)}, Cramér's V = ${r.test.cramers_v.toFixed(3)}`
			: '',
		'',
		`${r.by_column.padEnd(24)} ${'customers'.padStart(9)} ${'churned'.padStart(8)} ${'rate'.padStart(6)}  95% interval     lift`,
		...r.by.map(
			(s) =>
				`${s.value.slice(0, 24).padEnd(24)} ${s.customers.toLocaleString('en').padStart(9)} ${s.churned.toLocaleString('en').padStart(8)} ${pct(s.rate).padStart(6)}  ${`${pct(s.ci_low)}–${pct(s.ci_high)}`.padEnd(15)} ${s.lift === null ? '–' : s.lift.toFixed(2)}`
		),
		...(r.reasons
			? [
					'',
					'Reasons',
					...r.reasons.map(
						(x) => `  ${x.reason.padEnd(40)} ${x.churned.toLocaleString('en').padStart(7)}`
					)
				]
			: [])
	];
	return lines.join('\n') + '\n';
}
