import { openAsBlob } from 'node:fs';
import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Engine } from '../engine/engine';
import { createNativeEngine } from '../engine/node-native';
import { createNodeWasmEngine } from '../engine/node-wasm';
import type { Encoding } from '../engine/ingest/encoding';
import { DATE_FORMATS } from '../engine/ingest/dates';
import { detectContainer } from '../engine/ingest/input';
import { loadFile, type LoadSummary } from '../engine/ingest/load';
import { planIngest } from '../engine/ingest/prepare';
import { FIELDS, type TableName } from '../engine/schema';

interface DatasetArgs {
	transactions?: string;
	customers?: string;
	activities?: string;
	/** `field=Column,...`, optionally `table.field=Column`. */
	map?: string;
	encoding?: string;
	/** The sheet of every Excel workbook given (the first when absent). */
	sheet?: string;
	/** `field=format-id,...`: the day/month order of date columns nothing in the data proves. */
	'date-order'?: string;
	engine?: string;
}

/** Open the engine the user asked for (native DuckDB by default; `wasm` runs the browser's build). */
async function openEngine(kind = 'native'): Promise<Engine> {
	if (kind === 'native') return createNativeEngine();
	if (kind === 'wasm') return createNodeWasmEngine();
	throw new UsageError(`--engine must be native or wasm, not "${kind}"`);
}

export class UsageError extends Error {}

/** Parse `--map` into per-table overrides; a bare field goes to the table whose schema has it. */
function parseMap(spec: string | undefined, table: TableName): Record<string, string> {
	if (!spec) return {};
	const out: Record<string, string> = {};
	for (const pair of spec.split(',')) {
		const eq = pair.indexOf('=');
		if (eq < 1) throw new UsageError(`--map expects field=Column pairs, got "${pair}"`);
		const key = pair.slice(0, eq).trim();
		const [prefix, field] = key.includes('.') ? key.split('.', 2) : [null, key];
		if (prefix !== null && prefix !== table) continue;
		if (!FIELDS[table].some((f) => f.name === field)) {
			if (prefix !== null) throw new UsageError(`--map: ${table} has no field "${field}"`);
			continue;
		}
		out[field] = pair.slice(eq + 1).trim();
	}
	return out;
}

/** Parse `--date-order` into field → date format id, refusing ids that are no date format. */
function parseDateOrder(spec: string | undefined): Record<string, string> {
	if (!spec) return {};
	const out: Record<string, string> = {};
	for (const pair of spec.split(',')) {
		const [field, id] = pair.split('=').map((x) => x.trim());
		if (!field || !id || !DATE_FORMATS.some((f) => f.id === id))
			throw new UsageError(
				`--date-order expects field=format pairs (formats: ${DATE_FORMATS.map((f) => f.id).join(', ')}), got "${pair}"`
			);
		out[field] = id;
	}
	return out;
}

/**
 * Load the files named on the command line into a fresh engine. `optional`: the command has input
 * of its own (e.g. `basket --baskets FILE`), so no data file is needed.
 */
export async function loadDataset(
	args: DatasetArgs,
	{ optional = false, warn = (_line: string) => {} } = {}
): Promise<{ engine: Engine; loads: LoadSummary[] }> {
	const dateFormats = parseDateOrder(args['date-order']);
	const files = (['customers', 'activities', 'transactions'] as const).filter((t) => args[t]);
	if (!files.length && !optional)
		throw new UsageError('give at least one of --transactions, --customers, --activities');
	for (const table of files)
		await access(args[table]!).catch(() => {
			throw new UsageError(`--${table}: no such file ${args[table]}`);
		});
	if (args.sheet !== undefined && !(await anyWorkbook(files.map((t) => args[t]!))))
		throw new UsageError(`--sheet ${args.sheet}: none of the files given is an Excel workbook`);
	const engine = await openEngine(args.engine);
	const loads: LoadSummary[] = [];
	try {
		for (const table of files) {
			const path = args[table]!;
			const input = { name: basename(path), blob: await openAsBlob(path), path };
			const plan = await planIngest(input, {
				table,
				encoding: args.encoding as Encoding | undefined,
				mapping: parseMap(args.map, table),
				sheet: args.sheet,
				dateFormats
			});
			// The CLI cannot ask which order an unproven date column is in: it says what it chose.
			for (const [field, [chosen, other]] of Object.entries(plan.dateChoices ?? {}))
				if (!dateFormats[field] && other)
					warn(
						`${input.name}: nothing in ${field} proves the day/month order; read as ${chosen.label} (--date-order ${field}=${other.id} reads it as ${other.label})`
					);
			loads.push(await loadFile(engine, input, plan));
		}
	} catch (error) {
		await engine.close();
		throw error;
	}
	return { engine, loads };
}

async function anyWorkbook(paths: string[]): Promise<boolean> {
	for (const path of paths)
		if ((await detectContainer({ name: path, blob: await openAsBlob(path) })) === 'excel')
			return true;
	return false;
}
