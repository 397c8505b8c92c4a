import { readFile } from 'node:fs/promises';
import { requireCustomers } from '../../analyses/empty';
import { describeSegment } from '../../analyses/segments/describe';
import { isDay, parseSegment, SegmentFormatError } from '../../analyses/segments/parse';
import { segmentCustomers } from '../../analyses/segments/segment';
import type { SegmentDefinition } from '../../analyses/segments/types';
import { UsageError } from '../load-files';
import { json, UsageErrorForOption, type Command } from '../command';

export const segmentCommand: Command = {
	name: 'segment',
	summary: 'the customers of a segment defined in a JSON file (conditions in AND/OR/NOT groups)',
	options: {
		definition: {
			type: 'string',
			description: 'FILE.json  the segment (the format the app saves; see README)'
		},
		'as-of': {
			type: 'string',
			description: 'YYYY-MM-DD  windows end the day before (default: the day after the last sale)'
		}
	},
	async run(engine, values) {
		const definition = await readDefinition(values.definition);
		const asOf = values['as-of'];
		if (asOf !== undefined && !isDay(asOf))
			throw new UsageErrorForOption('as-of', 'a date YYYY-MM-DD', asOf);
		await requireCustomers(engine);
		const result = await segmentCustomers(engine, definition, { asOf: asOf as string | undefined });
		const output = {
			name: definition.name,
			definition: describeSegment(definition),
			as_of: result.as_of,
			count: result.customers.length,
			customers: result.customers
		};
		return values.json ? json(output) : formatSegment(output);
	}
};

async function readDefinition(path: unknown): Promise<SegmentDefinition> {
	if (typeof path !== 'string') throw new UsageError('--definition FILE.json is required');
	const text = await readFile(path, 'utf8').catch(() => {
		throw new UsageError(`--definition: cannot read ${path}`);
	});
	try {
		return parseSegment(JSON.parse(text));
	} catch (error) {
		if (error instanceof SegmentFormatError || error instanceof SyntaxError)
			throw new UsageError(`--definition ${path}: ${error.message}`);
		throw error;
	}
}

function formatSegment(r: {
	name: string;
	definition: string;
	as_of: string | null;
	count: number;
	customers: { customer_id: string; name: string | null; revenue: number }[];
}): string {
	const lines = [
		`${r.name}: ${r.count.toLocaleString('en')} customers at ${r.as_of ?? '(no data)'}`,
		r.definition,
		'',
		...r.customers
			.slice(0, 20)
			.map(
				(c) =>
					`${c.customer_id.padEnd(12)} ${(c.name ?? '').padEnd(24)} ${Math.round(c.revenue).toLocaleString('en').padStart(10)}`
			),
		...(r.count > 20
			? [`… and ${(r.count - 20).toLocaleString('en')} more (--json lists all)`]
			: [])
	];
	return lines.join('\n') + '\n';
}
