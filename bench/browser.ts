/** The built app in headless Chromium: build if needed, serve with `vite preview`, sample memory. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { rowsLoaded, waitForDataset } from './app';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const BUILD_INPUTS = ['src', 'datasets/demo', 'svelte.config.js', 'vite.config.ts', 'package.json'];
// Outside the tree, so eslint and prettier never walk the copied build.
const SNAPSHOT = join(tmpdir(), `customer-lens-bench-${process.pid}`);
const SNAPSHOT_LINKS = [
	'node_modules',
	'src',
	'static',
	'datasets',
	'package.json',
	'svelte.config.js'
];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function newestMtime(path: string): Promise<number> {
	const info = await stat(path).catch(() => null);
	if (!info) return 0;
	if (!info.isDirectory()) return info.mtimeMs;
	const entries = await readdir(path);
	const times = await Promise.all(entries.map((e) => newestMtime(join(path, e))));
	return Math.max(info.mtimeMs, ...times);
}

function run(command: string, args: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))
		);
	});
}

/**
 * `vite preview` serves `.svelte-kit/output`, written by the same build as `build/`. Build when it is
 * missing or when asked; a stale build is measured as it is (rebuilding on every run would race with
 * other builds in the same tree), with a note.
 */
export async function ensureBuild(force: boolean): Promise<void> {
	const marker = join(ROOT, '.svelte-kit/output/server/index.js');
	const built = existsSync(join(ROOT, 'build')) && existsSync(marker);
	if (built && !force) {
		const behind = (await newestMtimeOf(BUILD_INPUTS)) - (await newestMtime(marker));
		if (behind > 0)
			console.log(
				`note: sources changed ${Math.round(behind / 1000)} s after the last build; measuring that build (--build rebuilds)`
			);
		return;
	}
	console.log(built ? 'npm run build (--build)' : 'no build yet: npm run build');
	await run('npm', ['run', 'build']);
}

async function newestMtimeOf(paths: string[]): Promise<number> {
	return Math.max(...(await Promise.all(paths.map((p) => newestMtime(join(ROOT, p))))));
}

/** Whether a `.svelte-kit/output` is whole: a build in progress deletes and rewrites it. */
async function outputComplete(output: string): Promise<boolean> {
	const required = [
		'server/index.js',
		'server/manifest.js',
		'client/_app/version.json',
		'prerendered/pages/index.html'
	];
	if (!required.every((f) => existsSync(join(output, f)))) return false;
	const html = await readFile(join(output, 'prerendered/pages/index.html'), 'utf8');
	const assets = [...html.matchAll(/\/_app\/immutable\/[^"'\s)]+/g)].map((m) => m[0]);
	return assets.every((a) => existsSync(join(output, 'client', a)));
}

/**
 * Copy the build into a private directory and serve that: other people rebuilding the tree during a
 * 15-minute run would otherwise swap the files under the preview server.
 */
async function snapshotBuild(): Promise<string> {
	// Snapshots left behind by runs that were killed.
	for (const name of await readdir(tmpdir())) {
		const pid = Number(/^customer-lens-bench-(\d+)$/.exec(name)?.[1]);
		if (pid && pid !== process.pid && !existsSync(`/proc/${pid}`))
			await rm(join(tmpdir(), name), { recursive: true, force: true });
	}
	const output = join(ROOT, '.svelte-kit/output');
	const copy = join(SNAPSHOT, '.svelte-kit/output');
	for (let attempt = 1; attempt <= 12; attempt++) {
		if (await outputComplete(output)) {
			await rm(SNAPSHOT, { recursive: true, force: true });
			await mkdir(dirname(copy), { recursive: true });
			await cp(output, copy, { recursive: true });
			if (await outputComplete(copy)) {
				for (const name of SNAPSHOT_LINKS) await symlink(join(ROOT, name), join(SNAPSHOT, name));
				return SNAPSHOT;
			}
		}
		await sleep(10_000);
	}
	throw new Error('.svelte-kit/output stayed incomplete for 2 minutes (a build running?)');
}

function portIsFree(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = createServer()
			.once('error', () => resolve(false))
			.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

async function freePort(preferred: number): Promise<number> {
	if (await portIsFree(preferred)) return preferred;
	return new Promise((resolve, reject) => {
		const server = createServer()
			.once('error', reject)
			.listen(0, '127.0.0.1', () => {
				const address = server.address();
				server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
			});
	});
}

// /proc/<pid>/stat counts CPU time in clock ticks; USER_HZ is 100 on Linux (getconf CLK_TCK).
const TICK_MS = 10;

interface ChromiumStats {
	/** Summed PSS: shared pages are split between processes, so the sum is not inflated like RSS. */
	pssMb: number;
	/** User + system CPU time used so far by the processes alive now. */
	cpuMs: number;
}

/**
 * Memory and CPU of the Chromium this benchmark launched: children of this Node process named
 * chrom* and all their descendants (other Chromiums on the machine are left out). Linux only.
 */
async function chromiumStats(): Promise<ChromiumStats> {
	const children = new Map<number, number[]>();
	const names = new Map<number, string>();
	const ticks = new Map<number, number>();
	for (const entry of await readdir('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		const text = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
		if (!text) continue;
		const pid = Number(entry);
		// The command name may contain spaces or parentheses: fields start after the last ')'.
		const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
		const ppid = Number(fields[1]);
		names.set(pid, text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')));
		ticks.set(pid, Number(fields[11]) + Number(fields[12]));
		if (!children.has(ppid)) children.set(ppid, []);
		children.get(ppid)!.push(pid);
	}
	const queue = (children.get(process.pid) ?? []).filter((pid) =>
		names.get(pid)?.startsWith('chrom')
	);
	let kb = 0;
	let cpuTicks = 0;
	while (queue.length) {
		const pid = queue.pop()!;
		queue.push(...(children.get(pid) ?? []));
		const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
		kb += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
		cpuTicks += ticks.get(pid) ?? 0;
	}
	return { pssMb: kb / 1024, cpuMs: cpuTicks * TICK_MS };
}

interface Sample extends ChromiumStats {
	at: number;
}

/** CPU time used by `at` (epoch ms), interpolated between samples. */
function cpuAt(samples: Sample[], at: number): number {
	const i = samples.findIndex((s) => s.at >= at);
	if (i <= 0) return i === 0 ? samples[0].cpuMs : samples[samples.length - 1].cpuMs;
	const [a, b] = [samples[i - 1], samples[i]];
	return a.cpuMs + ((b.cpuMs - a.cpuMs) * (at - a.at)) / (b.at - a.at || 1);
}

/** Samples Chromium every `intervalMs` until stopped: peak PSS, and CPU time in any interval. */
async function sampleChromium(intervalMs = 200) {
	const samples: Sample[] = [{ at: Date.now(), ...(await chromiumStats()) }];
	let running = true;
	const loop = (async () => {
		while (running) {
			await sleep(intervalMs);
			samples.push({ at: Date.now(), ...(await chromiumStats()) });
		}
	})();
	return {
		baseMb: samples[0].pssMb,
		stop: async () => {
			running = false;
			await loop;
			samples.push({ at: Date.now(), ...(await chromiumStats()) });
			return {
				peakMb: Math.max(...samples.map((s) => s.pssMb)),
				cpuMs: (from = samples[0].at, to = samples[samples.length - 1].at) =>
					cpuAt(samples, to) - cpuAt(samples, from)
			};
		}
	};
}

/** The app's own measure that reported `ms` (the step's in-page timing), as epoch ms. */
function measureWindow(page: Page, ms: number) {
	return page.evaluate((ms) => {
		const entry = performance
			.getEntriesByType('measure')
			.filter((e) => Math.abs(e.duration - ms) < 1)
			.at(-1);
		const start = performance.timeOrigin + (entry?.startTime ?? NaN);
		return entry ? { start, end: start + entry.duration } : null;
	}, ms);
}

export interface BrowserRun {
	ms: number;
	/** Peak summed PSS of all Chromium processes during the whole UI action (e.g. upload to ready). */
	peakMb: number;
	/** The same just before the step, with the demo (or the preloaded dataset) in memory. */
	baseMb: number;
	/**
	 * CPU time (user + system) of all Chromium processes during the app's measure that reported
	 * `ms`; over the whole UI action (upload to ready) when no such measure is found.
	 */
	cpuMs: number;
	/** Rows the app reports loaded afterwards. */
	rowsLoaded: number | null;
}

export class AppBrowser {
	private constructor(
		private readonly server: ChildProcess,
		private readonly browser: Browser,
		readonly url: string,
		/** Which build is served: SvelteKit's version stamp (build time, epoch ms) as a date. */
		readonly build: string
	) {}

	static async start(): Promise<AppBrowser> {
		const cwd = await snapshotBuild();
		const port = await freePort(4173);
		const server = spawn(
			process.execPath,
			[
				join(ROOT, 'node_modules/vite/bin/vite.js'),
				'preview',
				'--config',
				join(ROOT, 'vite.config.ts'),
				'--host',
				'127.0.0.1',
				'--port',
				String(port),
				'--strictPort'
			],
			{ cwd, stdio: ['ignore', 'ignore', 'inherit'] }
		);
		// Synchronous, so it also runs when Ctrl-C (or Playwright's own handler) exits the process.
		process.once('exit', () => {
			server.kill();
			rmSync(SNAPSHOT, { recursive: true, force: true });
		});
		const url = `http://127.0.0.1:${port}`;
		try {
			await waitForServer(url, server);
			const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
			const stamp = JSON.parse(
				await readFile(join(cwd, '.svelte-kit/output/client/_app/version.json'), 'utf8')
			) as { version: string };
			const built = new Date(Number(stamp.version));
			return new AppBrowser(
				server,
				browser,
				url,
				Number.isNaN(+built) ? stamp.version : built.toISOString()
			);
		} catch (error) {
			server.kill();
			await rm(SNAPSHOT, { recursive: true, force: true });
			throw error;
		}
	}

	/**
	 * One measurement in a fresh context (its own empty OPFS): open /data/, wait for the demo, run
	 * `prepare` untimed, then `measure`, sampling Chromium's memory around it.
	 */
	async run(
		measure: (page: Page) => Promise<number>,
		prepare?: (page: Page) => Promise<unknown>
	): Promise<BrowserRun> {
		const context = await this.browser.newContext();
		const errors: string[] = [];
		try {
			const page = await context.newPage();
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(`${this.url}/data/`);
			const status = await waitForDataset(page);
			if (status !== 'ready') throw new Error(`demo did not load: status ${status}`);
			if (prepare) await prepare(page);
			// Read on /data/ before an analysis step navigates away from the quality report.
			const loadedBefore = prepare ? await rowsLoaded(page) : null;
			const sampler = await sampleChromium();
			let ms = NaN;
			let used: Awaited<ReturnType<typeof sampler.stop>> | null = null;
			try {
				ms = await measure(page);
			} finally {
				used = await sampler.stop();
			}
			const window = await measureWindow(page, ms);
			return {
				ms,
				peakMb: used.peakMb,
				cpuMs: window ? used.cpuMs(window.start, window.end) : used.cpuMs(),
				baseMb: sampler.baseMb,
				rowsLoaded: loadedBefore ?? (await rowsLoaded(page))
			};
		} catch (error) {
			if (errors.length) (error as Error).message += `\npage errors: ${errors.join('; ')}`;
			throw error;
		} finally {
			await context.close();
		}
	}

	get version(): string {
		return `Chromium ${this.browser.version()}`;
	}

	async close(): Promise<void> {
		await this.browser.close().catch(() => undefined);
		this.server.kill();
		await rm(SNAPSHOT, { recursive: true, force: true });
	}
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`vite preview exited ${server.exitCode}`);
		const ok = await fetch(`${url}/`)
			.then((r) => r.ok)
			.catch(() => false);
		if (ok) return;
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`vite preview did not answer on ${url}`);
}
