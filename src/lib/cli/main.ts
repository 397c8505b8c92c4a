import { parseArgs } from 'node:util';
import { profile } from '../analyses/profile/profile';
import { IngestError } from '../engine/ingest/errors';
import { loadDataset, UsageError } from './load-files';

const USAGE = `Usage: customer-lens <command> [options]

Commands:
  profile   Load files and print the ingest report (rows read/loaded/rejected, customers, revenue …)

Data options (every command):
  --transactions FILE   line items (CSV, TSV, whitespace text, .gz, Parquet)
  --customers FILE      customer attributes (churn flag, reason, branch …)
  --activities FILE     calls, visits, campaign attendance
  --map field=Column,…  override the automatic column mapping (table.field=Column for one table)
  --encoding NAME       utf-8 | gb18030 | utf-16le | utf-16be | windows-1252 (default: detected)
  --engine native|wasm  native DuckDB (default) or the browser's DuckDB-WASM build
  --json                machine-readable output (keys documented in the README)
`;

const OPTIONS = {
	transactions: { type: 'string' },
	customers: { type: 'string' },
	activities: { type: 'string' },
	map: { type: 'string' },
	encoding: { type: 'string' },
	engine: { type: 'string' },
	json: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' }
} as const;

/** Run the CLI; returns the process exit code (0 ok, 1 bad data, 2 bad usage). */
export async function main(
	argv: string[],
	out = process.stdout,
	err = process.stderr
): Promise<number> {
	try {
		const { values, positionals } = parseArgs({
			args: argv,
			options: OPTIONS,
			allowPositionals: true
		});
		const [command] = positionals;
		if (values.help || !command) {
			out.write(USAGE);
			return command || values.help ? 0 : 2;
		}
		if (command !== 'profile') throw new UsageError(`unknown command "${command}"`);
		const { engine } = await loadDataset(values);
		try {
			const report = await profile(engine);
			out.write(values.json ? JSON.stringify(report, null, 2) + '\n' : formatProfile(report));
		} finally {
			await engine.close();
		}
		return 0;
	} catch (error) {
		if (
			error instanceof UsageError ||
			(error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
		) {
			err.write(`customer-lens: ${(error as Error).message}\n\n${USAGE}`);
			return 2;
		}
		if (error instanceof IngestError) {
			err.write(`customer-lens: ${error.message}\n`);
			return 1;
		}
		throw error;
	}
}

function formatProfile(p: Awaited<ReturnType<typeof profile>>): string {
	const lines = [
		`rows read ${p.rows_read}, loaded ${p.rows_loaded}, rejected ${p.rows_rejected}`,
		...Object.entries(p.rejected_by_reason).map(([reason, n]) => `  ${n} × ${reason}`),
		`customers ${p.customers}, invoices ${p.invoices}, products ${p.products}, returns ${p.returns}`,
		`dates ${p.date_min ?? '–'} … ${p.date_max ?? '–'}, revenue ${p.revenue.toFixed(2)}`
	];
	return lines.join('\n') + '\n';
}
