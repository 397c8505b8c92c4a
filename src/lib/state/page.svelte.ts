import type { PageFunction, Section } from '$lib/analyses/page';
import { dataset } from './dataset.svelte';

/** What a route renders from its page function: the latest answer of each section. */
export class PageRun<P, S> {
	#sections = $state.raw<{ [K in keyof S]?: Section<S[K]> }>({});
	#ticket = 0;
	/** True from a run's start until its last section is in (or it failed). */
	loading = $state(false);

	readonly #page: PageFunction<P, S>;

	constructor(page: PageFunction<P, S>) {
		this.#page = page;
	}

	/** The section's latest answer (reactive), undefined before its first. */
	data<K extends keyof S>(key: K): S[K] | undefined {
		return this.#sections[key]?.data;
	}

	/** The SQL behind the section's answer now shown (reactive), for "show query". */
	sql<K extends keyof S>(key: K): string | undefined {
		return this.#sections[key]?.sql;
	}

	/**
	 * Run the page function on the loaded data. A section's answer replaces the one shown as soon
	 * as it comes, unless a newer run has started: a slow older run never overwrites a newer one.
	 */
	async run(params: P): Promise<void> {
		const ticket = ++this.#ticket;
		this.loading = true;
		await dataset.run((engine) =>
			this.#page(engine, params, (key, section) => {
				if (ticket === this.#ticket) this.#sections = { ...this.#sections, [key]: section };
			})
		);
		if (ticket === this.#ticket) this.loading = false;
	}
}

/**
 * A route's one runner: runs `page` with `params()` whenever the data, the filters or the params
 * change; `params()` returns null while the page has nothing to run (data missing, not ready).
 * Call during component initialisation.
 */
export function runPage<P, S>(page: PageFunction<P, S>, params: () => P | null): PageRun<P, S> {
	const run = new PageRun(page);
	$effect(() => {
		void dataset.version;
		const current = params();
		if (current === null || dataset.status !== 'ready') return;
		void run.run(current);
	});
	return run;
}
