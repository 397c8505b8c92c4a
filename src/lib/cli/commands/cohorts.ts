import { cohorts, type Cohorts } from '../../analyses/cohorts/cohorts';
import { requireSome } from '../../analyses/empty';
import { json, type Command } from '../command';
import { dayOption } from './churn';

export const cohortsCommand: Command = {
	name: 'cohorts',
	summary: 'monthly acquisition cohorts: share still purchasing and revenue retention',
	options: {
		snapshot: {
			type: 'string',
			description: 'YYYY-MM-DD  count purchases before this day (default: the day after the last)'
		}
	},
	async run(engine, values) {
		const result = await cohorts(engine, { snapshot: dayOption(values, 'snapshot') });
		requireSome(result.cohorts.length, 'no-customers');
		return values.json ? json(result) : formatCohorts(result);
	}
};

function formatCohorts(r: Cohorts): string {
	const shown = Math.min(13, Math.max(0, ...r.cohorts.map((c) => c.months.length)));
	const head = Array.from({ length: shown }, (_, k) => `M${k}`.padStart(5)).join('');
	const lines = [
		`Cohorts by first purchase month, purchases before ${r.snapshot_date}: share of each cohort buying in month k`,
		'',
		`${'cohort'.padEnd(8)} ${'customers'.padStart(9)}${head}`,
		...r.cohorts.map(
			(c) =>
				`${c.cohort.padEnd(8)} ${c.customers.toLocaleString('en').padStart(9)}${c.months
					.slice(0, shown)
					.map((m) => `${Math.round(m.retention * 100)}%`.padStart(5))
					.join('')}`
		),
		`${'average'.padEnd(8)} ${''.padStart(9)}${r.average
			.slice(0, shown)
			.map((m) => `${Math.round(m.retention * 100)}%`.padStart(5))
			.join('')}`
	];
	return lines.join('\n') + '\n';
}
