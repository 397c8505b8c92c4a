import type { ItemLevel } from '../../analyses/basket/baskets';
import { replenishment, type Replenishment } from '../../analyses/sequences/replenishment';
import { sequences, type Sequences } from '../../analyses/sequences/sequences';
import { requireSome } from '../../analyses/empty';
import {
	json,
	numberOption,
	UsageErrorForOption,
	type Command,
	type OptionValues
} from '../command';

function whole(values: OptionValues, name: string, min: number): number | undefined {
	const n = numberOption(values, name);
	if (n !== undefined && (!Number.isInteger(n) || n < min))
		throw new UsageErrorForOption(name, `a whole number ≥ ${min}`, values[name]);
	return n;
}

export const sequencesCommand: Command = {
	name: 'sequences',
	summary: '"A then B within N days" per customer, lags, and the replenishment-due list',
	options: {
		'max-lag-days': {
			type: 'string',
			description: 'N  B counts when bought 1..N days after A (default 180)'
		},
		'min-customers': { type: 'string', description: 'N  customers needed for a pair (default 10)' },
		top: { type: 'string', description: 'N  pairs to list (default 20)' },
		item: { type: 'string', description: 'product|category  what one item is (default product)' },
		snapshot: {
			type: 'string',
			description: 'YYYY-MM-DD  as-of date (default: the day after the last purchase)'
		},
		antecedent: {
			type: 'string',
			description: 'ITEM  A of the due list (code or name; default: the top pair)'
		},
		consequent: {
			type: 'string',
			description: 'ITEM  B of the due list (code or name; default: the top pair)'
		},
		'include-churned': {
			type: 'boolean',
			description: 'keep customers flagged as churned on the due list'
		}
	},
	async run(engine, values) {
		const item = values.item ?? 'product';
		if (item !== 'product' && item !== 'category')
			throw new UsageErrorForOption('item', 'product or category', item);
		const snapshot = values.snapshot;
		if (
			snapshot !== undefined &&
			(typeof snapshot !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(snapshot))
		)
			throw new UsageErrorForOption('snapshot', 'a date YYYY-MM-DD', snapshot);
		const params = {
			item: item as ItemLevel,
			snapshot,
			maxLagDays: whole(values, 'max-lag-days', 1),
			minCustomers: whole(values, 'min-customers', 1),
			limit: whole(values, 'top', 0)
		};
		const result = await sequences(engine, params);
		requireSome(result.customers, 'no-customers');
		requireSome(result.returning_customers, 'no-repeat-customers');
		const pick = (name: 'antecedent' | 'consequent', fallback?: string) => {
			const v = values[name];
			if (typeof v !== 'string') return fallback;
			const pair = result.pairs.find((p) => p[name] === v || p[`${name}_key`] === v);
			return pair ? pair[`${name}_key`] : v;
		};
		const antecedent = pick('antecedent', result.pairs[0]?.antecedent_key);
		const consequent = pick('consequent', result.pairs[0]?.consequent_key);
		const due =
			antecedent && consequent
				? await replenishment(engine, {
						...params,
						snapshot: result.snapshot,
						antecedent,
						consequent,
						includeChurned: values['include-churned'] === true
					})
				: null;
		return values.json ? json({ ...result, replenishment: due }) : formatSequences(result, due);
	}
};

function formatSequences(s: Sequences, due: Replenishment | null): string {
	const lines = [
		`As of ${s.snapshot}: ${s.customers.toLocaleString('en')} customers; ${s.pair_count.toLocaleString('en')} "A then B within ${s.max_lag_days} days" pairs`,
		'',
		...s.pairs.map(
			(p) =>
				`${p.antecedent} → ${p.consequent}: ${p.customers_then_b} of ${p.customers_a} buyers (${(p.share * 100).toFixed(0)}%, ${p.lift.toFixed(1)}× the base rate), median ${p.median_lag} days (10–90%: ${Math.floor(p.p10_lag)}–${Math.ceil(p.p90_lag)})`
		)
	];
	if (due)
		lines.push(
			'',
			`Due now for ${due.consequent} (after ${due.antecedent}): ${due.customers.length} customers`,
			...due.customers.map((c) => `  ${c.customer_id} ${c.name ?? ''}: ${c.action}`)
		);
	return lines.join('\n') + '\n';
}
