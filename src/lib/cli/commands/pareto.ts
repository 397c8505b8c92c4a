import { abc, type Abc, type AbcMode } from '../../analyses/pareto/abc';
import { requireAmounts, requireSome } from '../../analyses/empty';
import { hasCost } from '../../analyses/pareto/curve';
import { pareto, type ParetoSummary } from '../../analyses/pareto/pareto';
import { profitCurve, type ProfitCurve } from '../../analyses/pareto/profit';
import type { ReturnsMode, ValueParams } from '../../analyses/value/customer-facts';
import {
	json,
	numberOption,
	UsageErrorForOption,
	type Command,
	type OptionValues
} from '../command';

/** `--returns` and `--snapshot`, shared by the customer-value commands. */
export const VALUE_OPTIONS = {
	returns: {
		type: 'string',
		description: 'net|exclude  subtract returns (default) or leave them out'
	},
	snapshot: {
		type: 'string',
		description: 'YYYY-MM-DD  count purchases before this day (default: the day after the last)'
	}
} as const;

/** Parse `--returns` and `--snapshot`. */
export function valueParams(values: OptionValues): ValueParams {
	const returns = values.returns ?? 'net';
	if (returns !== 'net' && returns !== 'exclude')
		throw new UsageErrorForOption('returns', 'net or exclude', returns);
	const snapshot = values.snapshot;
	if (
		snapshot !== undefined &&
		(typeof snapshot !== 'string' ||
			!/^\d{4}-\d{2}-\d{2}$/.test(snapshot) ||
			Number.isNaN(Date.parse(`${snapshot}T00:00:00Z`)))
	)
		throw new UsageErrorForOption('snapshot', 'a date YYYY-MM-DD', snapshot);
	return { returns: returns as ReturnsMode, snapshot };
}

/** A fraction option within [min, max]. */
export function fractionOption(
	values: OptionValues,
	name: string,
	min = 0,
	max = 1
): number | undefined {
	const n = numberOption(values, name);
	if (n !== undefined && (n < min || n > max))
		throw new UsageErrorForOption(name, `a number from ${min} to ${max}`, values[name]);
	return n;
}

/** Curve statistics and groups under names for the subject (customers or products). */
function curveJson(curve: ProfitCurve, noun: 'customers' | 'products') {
	const group = (name: string) => {
		const g = curve.groups.find((x) => x.group === name)!;
		return { [noun]: g.items, revenue: g.revenue, profit: g.profit };
	};
	return {
		[noun]: curve.items,
		[`${noun}_without_cost`]: curve.items_without_cost,
		total_revenue: curve.total_revenue,
		total_profit: curve.total_profit,
		peak_profit: curve.peak_profit,
		peak_share: curve.peak_share,
		[`peak_${noun}`]: curve.peak_rank,
		[`peak_${noun}_share`]: curve.peak_items_share,
		break_even_band: curve.break_even,
		makers: group('makers'),
		break_even: group('break_even'),
		losers: group('losers')
	};
}

export const paretoCommand: Command = {
	name: 'pareto',
	summary:
		'revenue concentration (80/20, Gini), ABC classes, profit curve of customers and products',
	options: {
		...VALUE_OPTIONS,
		abc: {
			type: 'string',
			description: 'fixed|computed  ABC limits: cut-offs (default) or data-driven'
		},
		a: {
			type: 'string',
			description: 'SHARE  cumulative revenue share ending class A (default 0.8)'
		},
		b: {
			type: 'string',
			description: 'SHARE  cumulative revenue share ending class B (default 0.95)'
		},
		'break-even': {
			type: 'string',
			description: 'SHARE  |profit| ≤ SHARE × revenue counts as break-even (default 0.02)'
		}
	},
	async run(engine, values) {
		const value = valueParams(values);
		const mode = (values.abc ?? 'fixed') as AbcMode;
		if (mode !== 'fixed' && mode !== 'computed')
			throw new UsageErrorForOption('abc', 'fixed or computed', values.abc);
		const a = fractionOption(values, 'a') ?? 0.8;
		const b = fractionOption(values, 'b') ?? 0.95;
		if (b < a) throw new UsageErrorForOption('b', `a share not below --a (${a})`, values.b);
		const breakEven = fractionOption(values, 'break-even') ?? 0.02;
		await requireAmounts(engine);
		const { points: _p, lorenz: _l, bins: _b, ...summary } = await pareto(engine, value);
		requireSome(summary.customers, 'no-customers');
		const classes = await abc(engine, { ...value, mode, a, b });
		const profit = (await hasCost(engine))
			? {
					profit: curveJson(
						await profitCurve(engine, 'customers', { ...value, breakEven }),
						'customers'
					),
					product_profit: curveJson(
						await profitCurve(engine, 'products', { ...value, breakEven }),
						'products'
					)
				}
			: {};
		const report = {
			returns: value.returns,
			...summary,
			abc: {
				mode,
				a: mode === 'fixed' ? a : null,
				b: mode === 'fixed' ? b : null,
				pareto_rank: classes.pareto_rank,
				break_even_revenue: classes.break_even_revenue
			},
			classes: classes.classes,
			...profit
		};
		return values.json ? json(report) : formatPareto(summary, classes, profit.profit);
	}
};

function formatPareto(
	s: ParetoSummary,
	classes: Abc,
	profit?: ReturnType<typeof curveJson>
): string {
	const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
	const money = (x: number) => Math.round(x).toLocaleString('en');
	const lines = [
		`Pareto at ${s.snapshot}: ${s.customers.toLocaleString('en')} customers, net revenue ${money(s.revenue)}`,
		`${pct(s.share_customers_80)} of customers make 80% of revenue; the top 20% make ${pct(s.top_20_share)}; Gini ${s.gini?.toFixed(3) ?? '–'}`,
		'',
		`${'class'.padEnd(6)} ${'customers'.padStart(9)} ${'share'.padStart(6)} ${'revenue'.padStart(12)} ${'share'.padStart(6)}`,
		...classes.classes.map(
			(c) =>
				`${c.class.padEnd(6)} ${c.customers.toLocaleString('en').padStart(9)} ${pct(c.customer_share).padStart(6)} ${money(c.revenue).padStart(12)} ${pct(c.revenue_share).padStart(6)}`
		)
	];
	if (profit)
		lines.push(
			'',
			`profit ${money(profit.total_profit)}; cumulative profit peaks at ${pct(profit.peak_share)} after ${pct(profit.peak_customers_share as number)} of customers`,
			`makers ${profit.makers.customers}, break-even ${profit.break_even.customers}, loss makers ${profit.losers.customers} (losing ${money(-profit.losers.profit)})`
		);
	return lines.join('\n') + '\n';
}
