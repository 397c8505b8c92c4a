/**
 * Load data files into a fresh engine for analysis tests, through the same ingest the app and the
 * CLI use, without going through the CLI's argument handling.
 */
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import type { Engine } from '$lib/engine/engine';
import { loadFile } from '$lib/engine/ingest/load';
import { planIngest } from '$lib/engine/ingest/prepare';
import { createNativeEngine } from '$lib/engine/node-native';
import { createNodeWasmEngine } from '$lib/engine/node-wasm';
import type { TableName } from '$lib/engine/schema';

export type EngineKind = 'native' | 'wasm';

/** Customers and activities load before transactions, as in the app. */
const ORDER: readonly TableName[] = ['customers', 'activities', 'transactions'];

export async function loadFiles(
	files: Partial<Record<TableName, string>>,
	kind: EngineKind = 'native'
): Promise<Engine> {
	const engine = kind === 'native' ? await createNativeEngine() : await createNodeWasmEngine();
	try {
		for (const table of ORDER) {
			const path = files[table];
			if (!path) continue;
			const input = { name: basename(path), blob: await openAsBlob(path), path };
			await loadFile(engine, input, await planIngest(input, { table }));
		}
	} catch (error) {
		await engine.close();
		throw error;
	}
	return engine;
}
