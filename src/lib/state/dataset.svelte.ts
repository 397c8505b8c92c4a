import { untrack } from 'svelte';
import demoActivities from '$datasets/demo/activities.csv.gz?url';
import demoCustomers from '$datasets/demo/customers.csv.gz?url';
import demoTransactions from '$datasets/demo/transactions.csv.gz?url';
import { profile, type Profile } from '../analyses/profile/profile';
import { cacheCustomerFacts } from '../analyses/value/facts-cache';
import { browserEngine } from '../engine/browser';
import { clearTable, deriveCustomers, ensureDataset } from '../engine/dataset';
import type { Engine, Progress } from '../engine/engine';
import { IngestError } from '../engine/ingest/errors';
import type { IngestInput } from '../engine/ingest/input';
import { LOADED, loadFile, type LoadSummary } from '../engine/ingest/load';
import type { IngestPlan } from '../engine/ingest/plan';
import { planIngest, type PlanOverrides } from '../engine/ingest/prepare';
import { browserSizeProblem } from '../engine/ingest/size';
import { datasetWarnings } from '../engine/ingest/warnings';
import { FIELDS, type TableName } from '../engine/schema';
import { compileFilters, type Filters } from '../analyses/drill/filters';
import { drillLabel } from '../analyses/drill/messages';
import { applyFilters, DrillError, drillFailure, refreshViews, showDrills } from '../engine/views';
import { filtersKey } from './filters';
import {
	clearStored,
	onStoreChangedElsewhere,
	readStored,
	removeOrphans,
	storeFile,
	type StoreChange
} from './persist';
import { forgetOverrides, rememberedOverrides, rememberOverrides } from './remembered';

export type DatasetStatus = 'starting' | 'loading' | 'ready' | 'empty' | 'error';

/** A dropped file waiting for the user to confirm how it maps onto the schema. */
export interface PendingFile {
	file: File;
	plan: IngestPlan;
	/** The mapping came from a file with the same header confirmed earlier. */
	remembered: boolean;
}

const DEMO: [TableName, string][] = [
	['customers', demoCustomers],
	['activities', demoActivities],
	['transactions', demoTransactions]
];

/** The loaded dataset: status for the UI (exposed as a DOM attribute for tests), loads, report. */
class Dataset {
	status = $state<DatasetStatus>('starting');
	source = $state<'demo' | 'upload' | null>(null);
	progress = $state<Progress | null>(null);
	error = $state<string | null>(null);
	report = $state<Profile | null>(null);
	lastLoads = $state<LoadSummary[]>([]);
	/** Problems of the loaded data as a whole (only returns, customers matching no transaction). */
	warnings = $state<string[]>([]);
	pending = $state<PendingFile[]>([]);
	/** Bumped after every change to the data or the filters, so pages re-run their queries. */
	version = $state(0);
	/** Bumped after every change to the data alone, for what does not depend on the filters. */
	dataVersion = $state(0);
	/** The global filters in force (mirrors the URL). */
	filters = $state<Filters>({ attributes: [] });
	/** How many of the drills the views apply on this page (the page's own drill and later: not). */
	shownDrills = $state(0);
	/** A drill of `filters` that could not be computed on this data (the views leave it out). */
	failedDrill = $state<{ index: number; message: string } | null>(null);
	/** Page queries in flight; exposed as `data-busy` so tests and screenshots wait for them. */
	busy = $state(0);
	/** The last page query that failed, shown to the user. */
	queryError = $state<string | null>(null);
	/** Another tab changed the data stored in this browser: what it stores now (file names). */
	storedElsewhere = $state<StoreChange | null>(null);
	/** This tab's last upload replaced stored files it had not loaded (another tab's): their names. */
	replacedElsewhere = $state<string[]>([]);
	/** A load runs that can still be cancelled (not once its last file is committed). */
	cancellable = $state(false);
	/** The load running now, to cancel it. */
	#abort: AbortController | null = null;
	/** Loads run one after another (each waits for the one before): never two into the tables at once. */
	#loads: Promise<unknown> = Promise.resolve();
	/** The stored files (OPFS names) this tab has loaded or written: the data it shows. */
	#known = new Set<string>();
	#started = false;

	engine(): Promise<Engine> {
		return browserEngine().then((engine) => {
			// Pages ask for the per-customer facts again and again (see facts-cache).
			cacheCustomerFacts(engine);
			return engine;
		});
	}

	/**
	 * Run a page's queries against the loaded data: counted in `busy`, errors shown to the user
	 * instead of lost in the console. Returns undefined when the work failed.
	 */
	async run<T>(work: (engine: Engine) => Promise<T>): Promise<T | undefined> {
		// Called from page effects: reading `busy` here must not make the effect depend on it.
		untrack(() => this.busy++);
		try {
			const result = await work(await this.engine());
			this.queryError = null;
			return result;
		} catch (error) {
			this.queryError = messageOf(error);
			return undefined;
		} finally {
			this.busy--;
		}
	}

	/**
	 * First visit: the user's stored files if any, otherwise the demo; `filters` come from the URL
	 * and the page applies the first `shown` drills.
	 */
	async start(filters: Filters = { attributes: [] }, shown = Infinity) {
		if (this.status !== 'starting' || this.#started) return;
		this.#started = true;
		onStoreChangedElsewhere((change) => (this.storedElsewhere = change));
		await this.#exclusive(async () => {
			try {
				const engine = await this.engine();
				await ensureDataset(engine);
				await this.#apply(filters, shown);
				await removeOrphans();
				const stored = await readStored();
				if (stored.length) {
					this.source = 'upload';
					this.#known = new Set(stored.map(({ entry }) => entry.stored));
					await this.#loadAll(
						stored.map(({ entry, file }) => ({
							file: new File([file], entry.name),
							overrides: entry.overrides,
							table: entry.table
						}))
					);
				} else await this.#loadDemo();
			} catch (error) {
				this.#fail(error);
			}
		});
	}

	/**
	 * Run a load (or anything that changes the tables or the store) once every earlier one has
	 * ended: a file confirmed while the demo still loads waits for it, then replaces it whole.
	 */
	#exclusive<T>(work: () => Promise<T>): Promise<T> {
		const run = this.#loads.then(work);
		this.#loads = run.catch(() => undefined);
		return run;
	}

	loadDemo() {
		return this.#exclusive(async () => {
			await clearStored();
			this.#known.clear();
			await this.#loadDemo();
		});
	}

	async #loadDemo() {
		const files = await Promise.all(
			DEMO.map(async ([table, url]) => {
				const blob = await (await fetch(url)).blob();
				return { table, file: new File([blob], `demo-${table}.csv.gz`), overrides: { table } };
			})
		);
		this.source = 'demo';
		await this.#clearAll();
		await this.#loadAll(files);
	}

	/** Look at dropped files and propose a mapping for each; nothing is loaded yet. */
	async inspect(files: File[]) {
		this.error = null;
		const pending: PendingFile[] = [];
		for (const file of files) {
			try {
				const guess = await planIngest(this.#input(file));
				const remembered = rememberedOverrides(guess.headers);
				// A remembered mapping keeps this workbook's sheet: the same columns may sit on another.
				const plan = remembered
					? await planIngest(this.#input(file), { ...remembered, sheet: guess.sheet })
					: guess;
				const tooLarge = browserSizeProblem(plan, file.size);
				if (tooLarge) throw new IngestError(file.name, tooLarge);
				pending.push({ file, plan, remembered: remembered !== null });
			} catch (error) {
				this.error = messageOf(error);
			}
		}
		this.pending = [
			...this.pending.filter((p) => !pending.some((n) => n.plan.table === p.plan.table)),
			...pending
		];
	}

	/**
	 * Load a confirmed file; the previous data of other tables stays, the demo is replaced whole.
	 * While another load runs (the demo at start-up) it waits for it.
	 */
	async confirm(pendingFile: PendingFile, overrides: PlanOverrides) {
		this.pending = this.pending.filter((p) => p !== pendingFile);
		const table = overrides.table ?? pendingFile.plan.table;
		await this.#exclusive(async () => {
			// Decided once the loads before it are done: the demo may have been loading.
			const replacingDemo = this.source === 'demo';
			// The demo goes only once the upload has loaded: a refused file leaves it as it was.
			const ok = await this.#loadAll([{ file: pendingFile.file, overrides, table }], {
				replacingDemo
			});
			if (!ok) return;
			// Only what loaded is remembered: a refused mapping or pattern must not come back next time.
			rememberOverrides(pendingFile.plan.headers, overrides);
			const { stored, replaced } = await storeFile(
				{ table, name: pendingFile.file.name, overrides },
				pendingFile.file,
				{ replaceAll: replacingDemo }
			);
			this.replacedElsewhere = replaced
				.filter((e) => !this.#known.has(e.stored))
				.map((e) => e.name);
			if (replacingDemo) this.#known.clear();
			for (const e of replaced) this.#known.delete(e.stored);
			this.#known.add(stored);
		});
	}

	/** Show another sheet of a pending workbook: it has its own columns, so it is planned afresh. */
	async pickSheet(pendingFile: PendingFile, sheet: string) {
		this.error = null;
		try {
			const plan = await planIngest(this.#input(pendingFile.file), { sheet });
			this.pending = this.pending.map((p) =>
				p === pendingFile ? { file: p.file, plan, remembered: false } : p
			);
		} catch (error) {
			this.error = messageOf(error);
		}
	}

	discard(pendingFile: PendingFile) {
		this.pending = this.pending.filter((p) => p !== pendingFile);
	}

	cancel() {
		if (this.cancellable) this.#abort?.abort();
	}

	/**
	 * Apply global filters once, in the engine's views, with the first `shown` drills (all but the
	 * page's own); every page then re-queries. Moving between pages only changes `shown`: cheap.
	 */
	async setFilters(filters: Filters, shown = Infinity) {
		const same = filtersKey(filters) === filtersKey(this.filters);
		const count = Math.min(shown, filters.drills?.length ?? 0);
		if (same && count === this.shownDrills) return;
		// Counted as busy: computing drills takes a moment, and the page is stale until then.
		untrack(() => this.busy++);
		try {
			if (same) {
				this.shownDrills = count;
				await showDrills(await this.engine(), count);
			} else await this.#apply(filters, shown);
			this.version++;
		} catch (error) {
			this.queryError = messageOf(error);
		} finally {
			this.busy--;
		}
	}

	/** "Remove my data": forget the stored files and the remembered mappings, back to the demo. */
	removeMyData() {
		forgetOverrides();
		return this.loadDemo();
	}

	/** Compile the filters (the segment and drills through their analyses) and point the views at them. */
	async #apply(filters: Filters, shown: number) {
		this.filters = filters;
		this.shownDrills = Math.min(shown, filters.drills?.length ?? 0);
		try {
			await applyFilters(await this.engine(), compileFilters(filters), shown);
		} catch (error) {
			if (!(error instanceof DrillError)) throw error;
		}
		this.#noteFailure(await this.engine());
	}

	#noteFailure(engine: Engine) {
		const failure = drillFailure(engine);
		const drill = failure && this.filters.drills?.[failure.index];
		this.failedDrill = drill
			? { index: failure.index, message: `${drillLabel(drill)}: ${failure.message}` }
			: null;
	}

	#input(file: File): IngestInput {
		return { name: file.name, blob: file };
	}

	async #clearAll() {
		const engine = await this.engine();
		for (const table of Object.keys(FIELDS) as TableName[]) await clearTable(engine, table);
	}

	/** After a first upload over the demo: the demo's other tables go, customers come from the upload. */
	async #dropDemoBeside(kept: TableName) {
		const engine = await this.engine();
		for (const table of Object.keys(FIELDS) as TableName[])
			if (table !== kept) await clearTable(engine, table);
		if (kept !== 'customers') await deriveCustomers(engine);
		await refreshViews(engine);
		this.source = 'upload';
	}

	async #loadAll(
		files: { file: File; overrides: PlanOverrides; table: TableName }[],
		{ replacingDemo = false } = {}
	): Promise<boolean> {
		const engine = await this.engine();
		this.status = 'loading';
		this.error = null;
		const abort = new AbortController();
		this.#abort = abort;
		this.cancellable = true;
		const started = performance.now();
		const loads: LoadSummary[] = [];
		try {
			for (const [i, { file, overrides }] of files.entries()) {
				// Named from the start: the bar never reads as if nothing were loading.
				this.progress = { phase: file.name, fraction: 0 };
				const input = this.#input(file);
				const plan = await planIngest(input, overrides);
				if (abort.signal.aborted) throw new DOMException('Load cancelled', 'AbortError');
				loads.push(
					await loadFile(engine, input, plan, {
						signal: abort.signal,
						onProgress: (p) => {
							this.progress = { ...p, phase: `${file.name}: ${p.phase}` };
							// The last file is in (committed): there is nothing left to cancel.
							if (p.phase === LOADED && i === files.length - 1) this.cancellable = false;
						}
					})
				);
			}
			this.cancellable = false;
			if (replacingDemo) await this.#dropDemoBeside(files[0].table);
			this.lastLoads = loads;
			// The benchmark and the e2e tests read this measure to time loads through the real UI path.
			performance.measure('customer-lens:load', { start: started });
			return true;
		} catch (error) {
			this.error = messageOf(error);
			return false;
		} finally {
			this.#abort = null;
			this.cancellable = false;
			this.progress = null;
			// A report that cannot be computed is an error to show, never a load that seems to run on.
			try {
				this.report = await profile(engine);
				this.warnings = await datasetWarnings(engine);
			} catch (error) {
				this.error ??= messageOf(error);
			}
			this.#noteFailure(engine);
			this.status = (this.report?.rows_loaded ?? 0) > 0 ? 'ready' : 'empty';
			this.dataVersion++;
			this.version++;
		}
	}

	#fail(error: unknown) {
		this.error = messageOf(error);
		this.status = 'error';
	}
}

function messageOf(error: unknown): string {
	if (error instanceof IngestError) return error.message;
	if (error instanceof DOMException && error.name === 'AbortError')
		return 'Loading was cancelled; the previous data is unchanged.';
	return error instanceof Error ? error.message : String(error);
}

export const dataset = new Dataset();
