import { fitClv, scoreCustomers, type ClvModel } from '../../analyses/clv/clv';
import type { TimeUnit } from '../../analyses/clv/clv-data';
import { EmptyAnalysisError } from '../../analyses/empty';
import { toCsv } from '../../export/csv';
import { json, numberOption, UsageErrorForOption, type Command } from '../command';
import { dayOption } from './churn';

const UNITS: TimeUnit[] = ['day', 'week', 'month'];
const CSV_COLUMNS = [
	'customer_id',
	'purchases',
	'days_since_last',
	'monetary',
	'p_alive',
	'expected_purchases',
	'expected_spend',
	'clv'
];

export const clvCommand: Command = {
	name: 'clv',
	summary: 'BG/NBD P(alive) and expected purchases, Gamma-Gamma spend and lifetime value',
	options: {
		'calibration-end': {
			type: 'string',
			description: 'YYYY-MM-DD  last day the model learns from (default: the last purchase day)'
		},
		'holdout-end': {
			type: 'string',
			description: 'YYYY-MM-DD  last day of the holdout check (default: the last purchase day)'
		},
		'time-unit': { type: 'string', description: 'day|week|month  (default week)' },
		horizon: { type: 'string', description: 'MONTHS  lifetime value horizon (default 12)' },
		'discount-rate': {
			type: 'string',
			description: 'RATE  yearly discount rate for lifetime value (default 0.1)'
		},
		format: { type: 'string', description: 'csv  print every customer’s scores as CSV instead' }
	},
	async run(engine, values) {
		const unit = (values['time-unit'] ?? 'week') as TimeUnit;
		if (!UNITS.includes(unit)) throw new UsageErrorForOption('time-unit', UNITS.join('|'), unit);
		const horizonMonths = numberOption(values, 'horizon') ?? 12;
		if (!Number.isInteger(horizonMonths) || horizonMonths < 1)
			throw new UsageErrorForOption('horizon', 'a whole number of months ≥ 1', values.horizon);
		const annualDiscount = numberOption(values, 'discount-rate') ?? 0.1;
		if (annualDiscount < 0 || annualDiscount > 10)
			throw new UsageErrorForOption('discount-rate', 'a yearly rate from 0 to 10', annualDiscount);
		if (values.format !== undefined && values.format !== 'csv')
			throw new UsageErrorForOption('format', 'csv', values.format);
		const model = await fitClv(engine, {
			calibrationEnd: dayOption(values, 'calibration-end'),
			holdoutEnd: dayOption(values, 'holdout-end'),
			timeUnit: unit
		});
		if (!model) throw new EmptyAnalysisError('too-few-customers');
		if (values.format === 'csv')
			return toCsv(scoreCustomers(model, { horizonMonths, annualDiscount }), CSV_COLUMNS) + '\r\n';
		const result = clvJson(model);
		return values.json ? json(result) : formatClv(result);
	}
};

/** The documented JSON of `clv`. */
function clvJson(m: ClvModel) {
	return {
		model: 'BG/NBD',
		params: m.bgnbd.params,
		log_likelihood: m.bgnbd.log_likelihood,
		customers: m.bgnbd.customers,
		repeat_transactions: m.repeat_transactions,
		converged: m.bgnbd.converged,
		time_unit: m.time_unit,
		calibration_start: m.first_day,
		calibration_end: m.calibration_end,
		...(m.gamma_gamma
			? {
					gamma_gamma: {
						params: m.gamma_gamma.params,
						log_likelihood: m.gamma_gamma.log_likelihood,
						customers: m.gamma_gamma.customers
					}
				}
			: {}),
		...(m.holdout
			? {
					holdout: {
						start: m.holdout.start,
						end: m.holdout.end,
						length: m.holdout.length,
						actual: m.holdout.actual,
						predicted: m.holdout.predicted,
						by_frequency: m.holdout.by_frequency
					}
				}
			: {})
	};
}

function formatClv(r: ReturnType<typeof clvJson>): string {
	const f = (x: number) => x.toFixed(3);
	const lines = [
		`BG/NBD on ${r.customers.toLocaleString('en')} customers, ${r.calibration_start} … ${r.calibration_end} (time in ${r.time_unit}s)`,
		`r = ${f(r.params.r)}, alpha = ${f(r.params.alpha)}, a = ${f(r.params.a)}, b = ${f(r.params.b)}; log-likelihood ${r.log_likelihood.toFixed(1)}; ${r.repeat_transactions.toLocaleString('en')} repeat purchases`
	];
	if (r.gamma_gamma) {
		const g = r.gamma_gamma.params;
		lines.push(
			`Gamma-Gamma on ${r.gamma_gamma.customers.toLocaleString('en')} repeat customers: p = ${f(g.p)}, q = ${f(g.q)}, v = ${f(g.v)}`
		);
	}
	if (r.holdout)
		lines.push(
			`Holdout ${r.holdout.start} … ${r.holdout.end}: ${r.holdout.actual.toLocaleString('en')} purchases, predicted ${Math.round(r.holdout.predicted).toLocaleString('en')}`
		);
	return lines.join('\n') + '\n';
}
