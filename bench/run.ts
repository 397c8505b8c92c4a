/**
 * `npm run bench [-- --quick] [-- --runs 5 --dataset synthetic-1M --step ingest --no-browser --build]`
 * Times each step on native DuckDB, DuckDB-WASM in Node and the built app in Chromium; prints a
 * table and writes bench/results.json. A measurement, not a test: nothing here asserts on time.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { uploadFile } from './app';
import { AppBrowser, ensureBuild, type BrowserRun } from './browser';
import { runChild, type ChildResult, type NodeEngineKind } from './child';
import { maxOrNull, medianOrNull, repeat, round } from './stats';
import { STEPS, type BenchData, type Step } from './steps';
import { syntheticFile } from './synthetic';
import { markdownTable, num, rate } from './table';

const HERE = dirname(fileURLToPath(import.meta.url));
const ONLINE_RETAIL = resolve(HERE, '../../shared/datasets/online-retail/online_retail.csv.gz');

interface DatasetSpec {
	name: string;
	inQuick: boolean;
	/** Run only by the steps that name it (`Step.datasets`), never by the others. */
	large?: boolean;
	/** The file's path, or why it is not available. */
	locate: () => Promise<string | { skipped: string }>;
}

const DATASETS: DatasetSpec[] = [
	{ name: 'synthetic-100k', inQuick: true, locate: () => syntheticFile(100_000) },
	{ name: 'synthetic-1M', inQuick: false, locate: () => syntheticFile(1_000_000) },
	{
		name: 'online-retail',
		inQuick: false,
		locate: async () =>
			existsSync(ONLINE_RETAIL) ? ONLINE_RETAIL : { skipped: `${ONLINE_RETAIL} not found` }
	},
	// ~445 MB and ~1.8 GB of CSV, generated on first use into bench/.work.
	{ name: 'synthetic-10M', inQuick: false, large: true, locate: () => syntheticFile(10_000_000) },
	{ name: 'synthetic-20M', inQuick: false, large: true, locate: () => syntheticFile(20_000_000) }
];

/** One row of bench/results.json. */
export interface Result {
	step: string;
	dataset: string;
	rows: number | null;
	browser_ms: number | null;
	native_ms: number | null;
	ratio: number | null;
	peer: 'wasm-node';
	peer_ms: number | null;
	peak_rss_mb_native: number | null;
	peak_mb_browser: number | null;
	runs: number;
	peak_rss_mb_peer: number | null;
	base_mb_browser: number | null;
	/** Median user + system CPU time of the step: what the step costs when the machine is busy. */
	cpu_ms_browser: number | null;
	cpu_ms_native: number | null;
	cpu_ms_peer: number | null;
	/** 1-minute load average before and after this row's runs; above ~2 the 2 cores were shared. */
	load: [number, number];
	/** The served build (its SvelteKit version stamp), since the tree may be rebuilt between runs. */
	build: string | null;
	samples: { browser_ms: number[]; native_ms: number[]; peer_ms: number[] };
	errors: string[];
}

const { values: args } = parseArgs({
	options: {
		quick: { type: 'boolean', default: false },
		runs: { type: 'string' },
		dataset: { type: 'string', multiple: true },
		step: { type: 'string', multiple: true },
		'no-browser': { type: 'boolean', default: false },
		'no-peer': { type: 'boolean', default: false },
		'no-native': { type: 'boolean', default: false },
		build: { type: 'boolean', default: false },
		help: { type: 'boolean', default: false }
	}
});
if (args.help) {
	console.log(`npm run bench -- [options]
  --quick              synthetic-100k only, 1 run each (smoke run)
  --runs N             runs per measurement (default 3; the median is reported)
  --dataset NAME       only this dataset (repeatable): ${DATASETS.map((d) => d.name).join(', ')}
  --step NAME          only this step (repeatable): ${STEPS.map((s) => s.name).join(', ')}
  --no-native, --no-peer, --no-browser   leave a column out
  --build              run \`npm run build\` first (otherwise only when there is no build)`);
	process.exit(0);
}
const runs = args.quick ? 1 : Math.max(1, Math.floor(Number(args.runs ?? 3)) || 3);
const steps = STEPS.filter((s) => !args.step || args.step.includes(s.name));
const datasets = DATASETS.filter((d) =>
	args.dataset
		? args.dataset.includes(d.name)
		: (!args.quick || d.inQuick) && (!d.large || steps.some((s) => s.datasets?.includes(d.name)))
);
/** Runs of one step: the `--runs` asked for, at most the step's own maximum. */
const runsFor = (step: Step) => Math.min(runs, step.maxRuns ?? runs);
/** Whether `step` runs on the dataset: the datasets it names, or every dataset but the large ones. */
const runsOn = (step: Step, data: BenchData) =>
	step.datasets
		? step.datasets.includes(data.name)
		: !DATASETS.find((d) => d.name === data.name)?.large;

/** Playwright appends the whole browser log to its errors; the first line says what failed. */
function firstLine(error: unknown): string {
	return String((error as Error)?.message ?? error).split('\n')[0];
}

function log(message: string) {
	console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function childRuns(kind: NodeEngineKind, step: Step, data: BenchData, errors: string[]) {
	const results: ChildResult[] = [];
	const count = runsFor(step);
	await repeat(count, async (i) => {
		try {
			const r = await runChild({ step: step.name, engine: kind, data });
			results.push(r);
			log(
				`${kind.padEnd(7)} ${step.name} ${data.name} ${i + 1}/${count}: ${num(r.ms)} ms (CPU ${num(r.cpuMs)} ms), peak RSS ${num(r.peakRssMb)} MB`
			);
		} catch (error) {
			errors.push((error as Error).message);
			log(
				`${kind} ${step.name} ${data.name} ${i + 1}/${count} failed: ${(error as Error).message}`
			);
		}
	});
	return results;
}

async function browserRuns(app: AppBrowser, step: Step, data: BenchData, errors: string[]) {
	const results: BrowserRun[] = [];
	const measure = step.browser;
	if (!measure) return results;
	const prepare = step.needsData ? (page: Page) => uploadFile(page, data.path) : undefined;
	const count = runsFor(step);
	await repeat(count, async (i) => {
		try {
			const r = await app.run((page) => measure(page, data), prepare);
			results.push(r);
			log(
				`browser ${step.name} ${data.name} ${i + 1}/${count}: ${num(r.ms)} ms (CPU ${num(r.cpuMs)} ms), peak PSS ${num(r.peakMb)} MB (before ${num(r.baseMb)} MB)`
			);
		} catch (error) {
			errors.push(`browser: ${firstLine(error)}`);
			log(`browser ${step.name} ${data.name} ${i + 1}/${count} failed: ${firstLine(error)}`);
		}
	});
	return results;
}

async function main() {
	log(
		`Node ${process.version}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, load ${loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}; ${runs} run(s) per measurement`
	);
	if (loadavg()[0] > cpus().length)
		console.log(
			`note: load ${loadavg()[0].toFixed(1)} on ${cpus().length} cores: other processes compete, wall times will be inflated`
		);
	const located: BenchData[] = [];
	for (const spec of datasets) {
		const found = await spec.locate();
		if (typeof found === 'string') located.push({ name: spec.name, path: found });
		else console.log(`skipped: ${spec.name}: ${found.skipped}`);
	}
	if (args.quick) console.log('quick: synthetic-100k only, 1 run each');

	let app: AppBrowser | null = null;
	if (!args['no-browser'] && steps.some((s) => s.browser)) {
		try {
			await ensureBuild(args.build);
			app = await AppBrowser.start();
			log(`app at ${app.url}, build of ${app.build}, ${app.version}`);
		} catch (error) {
			console.log(`browser column skipped: ${(error as Error).message}`);
		}
	}
	// Exit handlers in child.ts and browser.ts stop the children and remove the build snapshot.
	process.once('SIGINT', () => process.exit(130));

	const results: Result[] = [];
	const started = performance.now();
	try {
		for (const data of located) {
			for (const step of steps) {
				if (!runsOn(step, data)) continue;
				const errors: string[] = [];
				const loadBefore = loadavg()[0];
				const native = args['no-native'] ? [] : await childRuns('native', step, data, errors);
				const peer =
					args['no-peer'] || step.peer === false ? [] : await childRuns('wasm', step, data, errors);
				const browser = app ? await browserRuns(app, step, data, errors) : [];
				const nativeMs = medianOrNull(native.map((r) => r.ms));
				const browserMs = medianOrNull(browser.map((r) => r.ms));
				const counted = [...native, ...peer][0];
				if (counted && counted.rowsLoaded !== counted.rowsRead)
					errors.push(`${counted.rowsRead - counted.rowsLoaded} rows rejected`);
				for (const r of [...native, ...peer, ...(step.compareRows === false ? [] : browser)])
					if (counted && r.rowsLoaded !== counted.rowsLoaded)
						errors.push(`rows loaded differ: ${r.rowsLoaded} vs ${counted.rowsLoaded}`);
				results.push({
					step: step.name,
					dataset: data.name,
					rows: counted?.rowsRead ?? null,
					browser_ms: round(browserMs),
					native_ms: round(nativeMs),
					ratio: browserMs !== null && nativeMs ? round(browserMs / nativeMs, 2) : null,
					peer: 'wasm-node',
					peer_ms: round(medianOrNull(peer.map((r) => r.ms))),
					peak_rss_mb_native: round(maxOrNull(native.map((r) => r.peakRssMb))),
					peak_mb_browser: round(maxOrNull(browser.map((r) => r.peakMb))),
					runs: runsFor(step),
					peak_rss_mb_peer: round(maxOrNull(peer.map((r) => r.peakRssMb))),
					base_mb_browser: round(medianOrNull(browser.map((r) => r.baseMb))),
					cpu_ms_browser: round(medianOrNull(browser.map((r) => r.cpuMs))),
					cpu_ms_native: round(medianOrNull(native.map((r) => r.cpuMs))),
					cpu_ms_peer: round(medianOrNull(peer.map((r) => r.cpuMs))),
					load: [round(loadBefore, 1)!, round(loadavg()[0], 1)!],
					build: app?.build ?? null,
					samples: {
						browser_ms: browser.map((r) => round(r.ms)!),
						native_ms: native.map((r) => round(r.ms)!),
						peer_ms: peer.map((r) => round(r.ms)!)
					},
					errors
				});
				await writeFile(join(HERE, 'results.json'), JSON.stringify(results, null, '\t') + '\n');
			}
		}
	} finally {
		await app?.close();
	}

	console.log('\n' + resultsTable(results));
	console.log('\nCPU time (user + system, all threads and processes) of the same steps:\n');
	console.log(cpuTable(results));
	const problems = results.filter((r) => r.errors.length);
	for (const r of problems) console.log(`\n${r.step} ${r.dataset}: ${r.errors.join('\n  ')}`);
	console.log(
		[
			`\nMedians of ${runs} run(s); peak memory is the maximum over runs.`,
			'native, wasm-node: maxRSS of a fresh child process per run (incl. its untimed setup).',
			'browser: peak summed PSS of all Chromium processes from choosing the file to "ready"',
			'  (browser process included; "before" = the same sum just before, demo data loaded);',
			"  CPU within the app's own measure. Other processes on this machine share the 2 cores:",
			'  see "load"; CPU time is less sensitive to that than wall time.',
			`Total ${num((performance.now() - started) / 1000)} s; wrote bench/results.json`
		].join('\n')
	);
}

function resultsTable(results: Result[]): string {
	return markdownTable<Result>(
		[
			{ header: 'step', value: (r) => r.step },
			{ header: 'dataset', value: (r) => r.dataset },
			{ header: 'rows', value: (r) => num(r.rows), align: 'right' },
			{ header: 'browser ms', value: (r) => num(r.browser_ms), align: 'right' },
			{ header: 'native ms', value: (r) => num(r.native_ms), align: 'right' },
			{ header: 'wasm-node ms', value: (r) => num(r.peer_ms), align: 'right' },
			{
				header: 'browser/native',
				value: (r) => (r.ratio === null ? '–' : `${r.ratio.toFixed(1)}×`),
				align: 'right'
			},
			{ header: 'rows/s browser', value: (r) => rate(r.rows, r.browser_ms), align: 'right' },
			{ header: 'rows/s native', value: (r) => rate(r.rows, r.native_ms), align: 'right' },
			{
				header: 'peak MB browser (before)',
				value: (r) => `${num(r.peak_mb_browser)} (${num(r.base_mb_browser)})`,
				align: 'right'
			},
			{ header: 'peak RSS MB native', value: (r) => num(r.peak_rss_mb_native), align: 'right' },
			{ header: 'peak RSS MB wasm-node', value: (r) => num(r.peak_rss_mb_peer), align: 'right' }
		],
		results
	);
}

function cpuTable(results: Result[]): string {
	return markdownTable<Result>(
		[
			{ header: 'step', value: (r) => r.step },
			{ header: 'dataset', value: (r) => r.dataset },
			{ header: 'CPU ms browser', value: (r) => num(r.cpu_ms_browser), align: 'right' },
			{ header: 'CPU ms native', value: (r) => num(r.cpu_ms_native), align: 'right' },
			{ header: 'CPU ms wasm-node', value: (r) => num(r.cpu_ms_peer), align: 'right' },
			{
				header: 'CPU browser/native',
				value: (r) =>
					r.cpu_ms_browser !== null && r.cpu_ms_native
						? `${(r.cpu_ms_browser / r.cpu_ms_native).toFixed(1)}×`
						: '–',
				align: 'right'
			},
			{ header: 'load before → after', value: (r) => `${r.load[0]} → ${r.load[1]}` }
		],
		results
	);
}

await main();
