import { DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import { writeFile, unlink, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	ENGINE_SETTINGS,
	plainValue,
	rowObjects,
	serialized,
	type Engine,
	type FileSource,
	type QueryResult
} from './engine';
import type { SqlValue } from './sql';

/** Native DuckDB through @duckdb/node-api: the CLI default, out of core for files a browser cannot hold. */
export async function createNativeEngine(path = ':memory:'): Promise<Engine> {
	const instance = await DuckDBInstance.create(path);
	const conn = await DuckDBConnection.create(instance);
	for (const s of ENGINE_SETTINGS) await conn.run(s);
	const temps = new Map<string, string>();
	let tempDir: string | null = null;

	return serialized({
		kind: 'native',
		async query(sql: string, params: readonly SqlValue[] = []) {
			const reader = await conn.runAndReadAll(
				sql,
				params.length ? (params as DuckDBValue[]) : undefined
			);
			return columnsResult(reader.columnNames(), reader.getColumnsJS());
		},
		async exec(sql: string) {
			await conn.run(sql);
		},
		async registerFile(name: string, source: FileSource) {
			if (source.kind === 'path') return source.path;
			tempDir ??= await mkdtemp(join(tmpdir(), 'customer-lens-'));
			const file = join(tempDir, name.replace(/[^\w.-]/g, '_'));
			const bytes =
				source.kind === 'buffer' ? source.bytes : new Uint8Array(await source.file.arrayBuffer());
			await writeFile(file, bytes);
			temps.set(name, file);
			return file;
		},
		async dropFile(name: string) {
			const file = temps.get(name);
			if (file) await unlink(file).catch(() => undefined);
			temps.delete(name);
		},
		async cancel() {
			conn.interrupt();
		},
		async close() {
			for (const name of [...temps.keys()]) await this.dropFile(name);
			conn.closeSync();
			instance.closeSync();
		},
		async tableNames(sql: string) {
			const reader = await conn.runAndReadAll('SELECT json_serialize_sql(?::VARCHAR) AS tree', [
				sql
			]);
			return tableRefs(JSON.parse(String(reader.getRowObjectsJS()[0].tree)));
		}
	});
}

/**
 * The base tables a serialized statement names that are not its CTEs (what DuckDB-WASM's
 * `getTableNames` answers); SHOW's own targets (`"tables"`, `"databases"`) are quoted and no table.
 */
function tableRefs(tree: unknown): string[] {
	const root = tree as { error?: boolean; error_message?: string };
	if (root.error) throw new Error(String(root.error_message));
	const names = new Set<string>();
	const ctes = new Set<string>();
	const walk = (node: unknown) => {
		if (!node || typeof node !== 'object') return;
		const n = node as Record<string, unknown>;
		const name = typeof n.table_name === 'string' ? n.table_name : '';
		if (n.type === 'BASE_TABLE' || (n.type === 'SHOW_REF' && name && !/^".*"$/.test(name)))
			names.add(name);
		const map = (n.cte_map as { map?: { key: string }[] } | undefined)?.map;
		for (const entry of map ?? []) ctes.add(entry.key);
		Object.values(n).forEach(walk);
	};
	walk(tree);
	return [...names].filter((name) => !ctes.has(name));
}

function columnsResult(names: string[], columns: unknown[][]): QueryResult {
	const plain = columns.map((c) => c.map(nativeValue));
	return {
		columnNames: names,
		numRows: plain[0]?.length ?? 0,
		column: (name) => {
			const i = names.indexOf(name);
			if (i < 0) throw new Error(`No column ${name} in result`);
			return plain[i];
		},
		rows: <T>() => rowObjects<T>(names, plain)
	};
}

function nativeValue(v: unknown): unknown {
	// getColumnsJS gives DATE/TIMESTAMP as Date; DECIMAL as number; BIGINT as bigint.
	return plainValue(v);
}
