import type { Engine } from '../engine/engine';
import type { Bilingual } from '../i18n/bilingual';
import type { DrillKind } from './drill/types';
import type { PageFunction, Section } from './page';

/** A link in the app's navigation. */
export interface NavItem {
	/** The route, with its trailing slash. */
	href: string;
	label: Bilingual;
}

/** A page's data function with the params of the page as first opened (no URL parameters). */
export interface PageEntry {
	/** NAME in `customer-lens page NAME`. */
	name: string;
	run(engine: Engine): Promise<Record<string, Section<unknown>>>;
}

/**
 * What the rest of the app knows of one analysis folder. Each folder exports one, from its
 * `index.ts`; `registry.ts` lists them: the nav, the drill code, `customer-lens page` and the
 * tests read them instead of naming analyses one by one.
 */
export interface Analysis<F extends string = string> {
	/** Its folder under `src/lib/analyses/`. */
	folder: F;
	/** Its pages in the navigation, in order (none for analyses other pages use). */
	nav: NavItem[];
	/** The kinds of drill its page offers (see `state/drills.ts`). */
	drills?: DrillKind[];
	/** Its page's data function, for pages converted to one. */
	page?: PageEntry;
}

/** A descriptor, keeping its folder's name as a literal type. */
export function defineAnalysis<const F extends string>(analysis: Analysis<F>): Analysis<F> {
	return analysis;
}

/** A page function as `customer-lens page NAME` runs it: with the page's default params. */
export function pageEntry<P, S>(name: string, data: PageFunction<P, S>, defaults: P): PageEntry {
	return {
		name,
		run: (engine) => data(engine, defaults) as Promise<Record<string, Section<unknown>>>
	};
}
