/** Child process body: fresh engine, optional untimed load, one timed step, then report peak RSS. */
import { cacheCustomerFacts } from '../src/lib/analyses/value/facts-cache';
import { createNativeEngine } from '../src/lib/engine/node-native';
import { createNodeWasmEngine } from '../src/lib/engine/node-wasm';
import { RESULT_PREFIX, type ChildRequest, type ChildResult } from './child';
import { ingest, STEPS } from './steps';

const request = JSON.parse(process.argv[2]) as ChildRequest;
const step = STEPS.find((s) => s.name === request.step);
if (!step) throw new Error(`unknown step ${request.step}`);
const engine =
	request.engine === 'native' ? await createNativeEngine() : await createNodeWasmEngine();
// As the app opens its engine, so the steps run the same code path (cold: one fresh engine per run).
cacheCustomerFacts(engine);
if (step.needsData) await ingest(engine, request.data);
const started = performance.now();
const cpu = process.cpuUsage();
await step.native(engine, request.data);
const ms = performance.now() - started;
const { user, system } = process.cpuUsage(cpu);
const [counts] = (
	await engine.query(
		'SELECT sum(rows_read) AS rows_read, sum(rows_loaded) AS rows_loaded FROM ingest_files'
	)
).rows<{ rows_read: number; rows_loaded: number }>();
await engine.close();
const result: ChildResult = {
	ms,
	cpuMs: (user + system) / 1000,
	rowsRead: Number(counts.rows_read),
	rowsLoaded: Number(counts.rows_loaded),
	// maxRSS is in kilobytes.
	peakRssMb: process.resourceUsage().maxRSS / 1024
};
console.log(RESULT_PREFIX + JSON.stringify(result));
