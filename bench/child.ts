/** Run one measurement in a fresh Node process, so its peak RSS belongs to that measurement alone. */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchData } from './steps';

export type NodeEngineKind = 'native' | 'wasm';

export interface ChildRequest {
	step: string;
	engine: NodeEngineKind;
	data: BenchData;
}

export interface ChildResult {
	ms: number;
	/** User + system CPU time of the timed step, all threads of the process. */
	cpuMs: number;
	rowsRead: number;
	rowsLoaded: number;
	/** `process.resourceUsage().maxRSS` at the end of the child, whole process (incl. untimed setup). */
	peakRssMb: number;
}

const HERE = dirname(fileURLToPath(import.meta.url));
export const RESULT_PREFIX = 'BENCH_RESULT ';

const running = new Set<ChildProcess>();
// Runs however the benchmark ends (Ctrl-C included), so no measurement outlives it.
process.on('exit', () => running.forEach((child) => child.kill()));

export function runChild(request: ChildRequest): Promise<ChildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			['--import', 'tsx', join(HERE, 'child-entry.ts'), JSON.stringify(request)],
			{ cwd: join(HERE, '..'), stdio: ['ignore', 'pipe', 'pipe'] }
		);
		running.add(child);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', reject);
		child.on('close', (code) => {
			running.delete(child);
			const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
			if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT_PREFIX.length)));
			else
				reject(
					new Error(
						`${request.engine} ${request.step} ${request.data.name} exited ${code}: ${stderr.trim().slice(-2000)}`
					)
				);
		});
	});
}
