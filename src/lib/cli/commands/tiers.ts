import { EmptyAnalysisError, requireAmounts, requireSome } from '../../analyses/empty';
import { matrix, type AttributeRating, type Matrix } from '../../analyses/tiers/matrix';
import { STAGE_NAMES, type Attractiveness } from '../../analyses/tiers/strategies';
import { DEFAULT_TIERS, tiers, type TierRow, type TierSpec } from '../../analyses/tiers/tiers';
import {
	json,
	numberOption,
	UsageErrorForOption,
	type Command,
	type OptionValues
} from '../command';
import { fractionOption, VALUE_OPTIONS, valueParams } from './pareto';

/** `Black:1,Platinum:4,…,Standard`: percent of customers per tier, the last takes the rest. */
function parseTiers(spec: string | boolean | undefined): TierSpec[] {
	if (spec === undefined) return [...DEFAULT_TIERS];
	const parts = String(spec).split(',');
	return parts.map((part, i) => {
		const [name, percent] = part.split(':');
		const share = i === parts.length - 1 ? 0 : Number(percent) / 100;
		if (!name?.trim() || !Number.isFinite(share) || share < 0)
			throw new UsageErrorForOption(
				'tiers',
				'Name:percent,…,Name (e.g. Black:1,Gold:10,Rest)',
				spec
			);
		return { name: name.trim(), share };
	});
}

/** `Platinum=A,Gold=A,Silver=B` for `--attribute`. */
function parseRating(values: OptionValues): AttributeRating | undefined {
	const column = values.attribute;
	if (column === undefined) return undefined;
	const classes: Record<string, Attractiveness> = {};
	for (const pair of String(values['attribute-classes'] ?? '')
		.split(',')
		.filter(Boolean)) {
		const eq = pair.lastIndexOf('=');
		const cls = pair.slice(eq + 1).trim();
		if (eq < 1 || !['A', 'B', 'C'].includes(cls))
			throw new UsageErrorForOption(
				'attribute-classes',
				'value=A|B|C pairs',
				values['attribute-classes']
			);
		classes[pair.slice(0, eq).trim()] = cls as Attractiveness;
	}
	return { column: String(column), classes };
}

export const tiersCommand: Command = {
	name: 'tiers',
	summary: 'value tiers by spend percentile and the A1–C6 customer matrix with strategies',
	options: {
		...VALUE_OPTIONS,
		tiers: {
			type: 'string',
			description:
				'Name:percent,…,Name  tiers, best first (default Black:1,Platinum:4,Gold:10,Silver:20,Standard)'
		},
		months: {
			type: 'string',
			description: 'N  length of the last and the previous period (default 6)'
		},
		growth: {
			type: 'string',
			description: 'SHARE  growing fast at this rise or more (default 0.5)'
		},
		decline: { type: 'string', description: 'SHARE  declining at this fall or more (default 0.3)' },
		attribute: {
			type: 'string',
			description: 'COLUMN  rate A/B/C by this customer attribute instead of by value'
		},
		'attribute-classes': {
			type: 'string',
			description: 'value=A,value=B,…  the attribute’s values as classes (others are C)'
		}
	},
	async run(engine, values) {
		const value = valueParams(values);
		const specs = parseTiers(values.tiers);
		await requireAmounts(engine);
		const tierRows = await tiers(engine, { ...value, tiers: specs });
		requireSome(
			tierRows.reduce((s, t) => s + t.customers, 0),
			'no-customers'
		);
		const months = numberOption(values, 'months') ?? 6;
		if (!Number.isInteger(months) || months < 1)
			throw new UsageErrorForOption('months', 'a whole number ≥ 1', values.months);
		const m = await matrix(engine, {
			...value,
			months,
			growth: fractionOption(values, 'growth', 0, 100) ?? 0.5,
			decline: -(fractionOption(values, 'decline') ?? 0.3),
			attribute: parseRating(values)
		});
		if (!m) throw new EmptyAnalysisError('no-customers');
		const { cells, ...periods } = m;
		const report = {
			returns: value.returns,
			snapshot: m.snapshot,
			customers: tierRows.reduce((s, t) => s + t.customers, 0),
			revenue: tierRows.reduce((s, t) => s + t.revenue, 0),
			tiers: tierRows,
			matrix_basis: periods.basis,
			last_start: periods.last_start,
			previous_start: periods.previous_start,
			staged: periods.staged,
			not_staged: periods.not_staged,
			matrix: cells.map((c) => ({ ...c, stage_name: STAGE_NAMES[c.stage].en }))
		};
		return values.json ? json(report) : formatTiers(tierRows, m);
	}
};

function formatTiers(rows: TierRow[], m: Matrix): string {
	const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
	const money = (x: number | null) => (x === null ? '–' : Math.round(x).toLocaleString('en'));
	const lines = [
		`${'tier'.padEnd(12)} ${'customers'.padStart(9)} ${'revenue'.padStart(12)} ${'share'.padStart(6)} ${'min spend'.padStart(10)}`,
		...rows.map(
			(t) =>
				`${t.tier.padEnd(12)} ${t.customers.toLocaleString('en').padStart(9)} ${money(t.revenue).padStart(12)} ${pct(t.revenue_share).padStart(6)} ${money(t.min_spend).padStart(10)}`
		),
		'',
		`A1–C6 by ${m.basis}: last period from ${m.last_start}, previous from ${m.previous_start}; ${m.staged} staged, ${m.not_staged} bought in neither period`,
		...m.cells.map(
			(c) =>
				`${c.class} ${c.customers.toLocaleString('en').padStart(6)} ${money(c.revenue).padStart(12)}  ${c.strategy.en}`
		)
	];
	return lines.join('\n') + '\n';
}
