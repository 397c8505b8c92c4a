import { parseArgs } from 'node:util';
import { EmptyAnalysisError } from '../analyses/empty';
import { IngestError } from '../engine/ingest/errors';
import { UsageErrorForOption, type Command } from './command';
import { COMMANDS } from './commands/index';
import { loadDataset, UsageError } from './load-files';

const DATA_OPTIONS = {
	transactions: {
		type: 'string',
		description: 'FILE  line items (CSV, TSV, whitespace text, .gz, Parquet, .xlsx, .xls)'
	},
	customers: {
		type: 'string',
		description: 'FILE  customer attributes (churn flag, reason, branch …)'
	},
	activities: { type: 'string', description: 'FILE  calls, visits, campaign attendance' },
	map: {
		type: 'string',
		description: 'field=Column,…  override the column mapping (table.field=Column for one table)'
	},
	sheet: {
		type: 'string',
		description: 'NAME  the sheet to load from Excel workbooks (default: the first)'
	},
	'date-order': {
		type: 'string',
		description:
			'field=FORMAT,…  the day/month order of a date column the data does not prove (e.g. ts=mdy-dash)'
	},
	encoding: {
		type: 'string',
		description: 'NAME  utf-8 | gb18030 | utf-16le | utf-16be | windows-1252'
	},
	engine: {
		type: 'string',
		description: 'native|wasm  native DuckDB (default) or the browser build'
	},
	json: { type: 'boolean', description: 'machine-readable output (keys documented in the README)' },
	help: { type: 'boolean', description: 'this help' }
} as const;

function usage(command?: Command): string {
	const option = ([name, o]: [string, { description: string }]) => `  --${name} ${o.description}`;
	if (command)
		return [
			`Usage: customer-lens ${command.name}${command.argument ? ` ${command.argument}` : ''} [options]`,
			'',
			command.summary,
			'',
			...Object.entries(command.options ?? {}).map(option),
			...Object.entries(DATA_OPTIONS).map(option),
			''
		].join('\n');
	return [
		'Usage: customer-lens <command> [options]',
		'',
		'Commands:',
		...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
		'',
		'Data options (every command):',
		...Object.entries(DATA_OPTIONS).map(option),
		'',
		'customer-lens <command> --help lists a command’s own options.',
		''
	].join('\n');
}

/** Where the CLI writes: standard output and error, or a test's collector. */
export interface Writer {
	write(text: string): unknown;
}

/** Run the CLI; returns the process exit code (0 ok, 1 bad data, 2 bad usage). */
export async function main(
	argv: string[],
	out: Writer = process.stdout,
	err: Writer = process.stderr
): Promise<number> {
	const command = COMMANDS.find((c) => c.name === argv[0]);
	try {
		if (!command) {
			if (argv[0] && !argv[0].startsWith('-')) throw new UsageError(`unknown command "${argv[0]}"`);
			out.write(usage());
			return argv.includes('--help') || argv.includes('-h') ? 0 : 2;
		}
		const { values, positionals } = parseArgs({
			args: argv.slice(1),
			options: { ...DATA_OPTIONS, ...command.options },
			strict: true,
			allowPositionals: true
		});
		if (positionals.length > (command.argument ? 1 : 0))
			throw new UsageError(`unexpected argument "${positionals.at(-1)}"`);
		if (values.help) {
			out.write(usage(command));
			return 0;
		}
		const { engine } = await loadDataset(values as Record<string, string>, {
			optional: command.ownInput?.(values) ?? false,
			warn: (line) => err.write(`customer-lens: warning: ${line}\n`)
		});
		try {
			out.write(await command.run(engine, values, positionals));
		} finally {
			await engine.close();
		}
		return 0;
	} catch (error) {
		const code = (error as { code?: string }).code ?? '';
		if (
			error instanceof UsageError ||
			error instanceof UsageErrorForOption ||
			code.startsWith('ERR_PARSE_ARGS')
		) {
			err.write(`customer-lens: ${(error as Error).message}\n\n${usage(command)}`);
			return 2;
		}
		if (error instanceof IngestError || error instanceof EmptyAnalysisError) {
			err.write(`customer-lens: ${error.message}\n`);
			return 1;
		}
		throw error;
	}
}
