import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { Dimension } from '$lib/analyses/churn/dimensions';
import {
	candidateDimensions,
	churnSetup,
	windowCheck,
	type ChurnSetup,
	type WindowCheck
} from '$lib/analyses/churn/setup';
import type { StatusParams } from '$lib/analyses/churn/status';
import { dataset } from '$lib/state/dataset.svelte';
import type { LatestOnly } from '$lib/state/latest';
import { choiceFromUrl, resolveChoice, urlWithChoice, type ChurnChoice } from './choice';

/** What both churn pages start from (reactive). */
export interface ChurnContext {
	/** The definition as the URL states it. */
	readonly choice: ChurnChoice;
	readonly setup: ChurnSetup | null;
	/** The choice with the data's defaults filled in, once the set-up is in. */
	readonly params: StatusParams | null;
	/** What churn can be sliced by in this data. */
	readonly dims: Dimension[];
	/** How many buyers lapsed for an "inactive" window and came back; null for a flag. */
	readonly check: WindowCheck | null;
	/** Put another definition in the URL (other parameters kept). */
	choose(next: ChurnChoice): void;
	/** The set-up is in and the definition resolved. */
	ready(): this is ReadyChurn;
}

export interface ReadyChurn extends ChurnContext {
	readonly setup: ChurnSetup;
	readonly params: StatusParams;
}

/**
 * The churn context of a page, running the queries `setup` and `check` on the page's runner (so
 * "show query" finds them). Call during component set-up.
 */
export function churnContext(query: LatestOnly): ChurnContext {
	let setup = $state<ChurnSetup | null>(null);
	let check = $state<WindowCheck | null>(null);
	const choice = $derived(choiceFromUrl(page.url));
	const paramsKey = $derived(setup ? JSON.stringify(resolveChoice(choice, setup)) : '');
	const params = $derived(paramsKey ? resolveChoice(choice, setup!) : null);
	const dims = $derived(setup ? candidateDimensions(setup) : []);

	$effect(() => {
		void dataset.version;
		const at = choice.snapshot;
		if (dataset.status !== 'ready') return;
		query(
			'setup',
			(e) => churnSetup(e, at),
			(s) => (setup = s)
		);
	});

	$effect(() => {
		void dataset.version;
		const p = params;
		if (!p || dataset.status !== 'ready') return;
		const d = p.definition;
		query(
			'check',
			async (e) => (d.kind === 'inactive' ? await windowCheck(e, d.days, p.snapshot) : null),
			(w) => (check = w)
		);
	});

	return {
		get choice() {
			return choice;
		},
		get setup() {
			return setup;
		},
		get params() {
			return params;
		},
		get dims() {
			return dims;
		},
		get check() {
			return check;
		},
		// Only the query string changes, which resolve() cannot express.
		choose(next: ChurnChoice) {
			goto(urlWithChoice(page.url, next), { keepFocus: true, noScroll: true });
		},
		ready(): this is ReadyChurn {
			return setup !== null && params !== null;
		}
	};
}
