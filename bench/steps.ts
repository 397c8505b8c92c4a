/**
 * What the benchmark measures. Add an analysis with a few lines, e.g.
 *   { name: 'rfm', needsData: true, native: async (engine) => void (await rfm(engine)) }
 * `native` runs in a child process on native DuckDB and on DuckDB-WASM in Node; `browser` (optional)
 * runs in the built app on a page whose dataset is already loaded, and returns milliseconds.
 */
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import type { Engine } from '../src/lib/engine/engine';
import { loadFile, type LoadSummary } from '../src/lib/engine/ingest/load';
import { planIngest } from '../src/lib/engine/ingest/prepare';
import { uploadFile } from './app';

/** One input file; every dataset is a transactions export. */
export interface BenchData {
	name: string;
	path: string;
}

export interface Step {
	name: string;
	/** Load the dataset (untimed) before timing; false for steps that load it themselves. */
	needsData: boolean;
	native: (engine: Engine, data: BenchData) => Promise<void>;
	browser?: (page: Page, data: BenchData) => Promise<number>;
}

/** Plan + load, exactly as the CLI does it (src/lib/cli/load-files.ts). */
export async function ingest(engine: Engine, data: BenchData): Promise<LoadSummary> {
	const input = { name: basename(data.path), blob: await openAsBlob(data.path), path: data.path };
	const plan = await planIngest(input, { table: 'transactions' });
	return loadFile(engine, input, plan);
}

export const STEPS: Step[] = [
	{
		name: 'ingest',
		needsData: false,
		native: async (engine, data) => void (await ingest(engine, data)),
		browser: (page, data) => uploadFile(page, data.path)
	}
];
