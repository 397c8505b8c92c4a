import type { Engine } from '../engine/engine';
import { recorded } from './recorded';

/** One section of a page: its answer and the statements that computed it, for "show query". */
export interface Section<T> {
	data: T;
	sql: string;
}

/** A page's data: one section per key of `S` (the section names and their answers' types). */
export type PageData<S> = { [K in keyof S]: Section<S[K]> };

/** Told of each section as soon as it is computed, so a page can paint the headline first. */
export type OnSection<S> = <K extends keyof S & string>(key: K, section: Section<S[K]>) => void;

/**
 * Everything a page computes, as a plain function of an engine and the page's params: the same
 * function runs in the browser (through `runPage`), in `customer-lens page NAME` and in tests.
 */
export type PageFunction<P, S> = (
	engine: Engine,
	params: P,
	onSection?: OnSection<S>
) => Promise<PageData<S>>;

/** Computes one section on its own recording of the engine, and reports it when done. */
export type SectionRunner<S> = <K extends keyof S & string>(
	key: K,
	work: (engine: Engine) => Promise<S[K]>
) => Promise<Section<S[K]>>;

/**
 * A page function from its plan. The plan decides the order: it awaits the headline's section
 * first and starts independent sections together (`Promise.all`).
 */
export function definePage<P, S>(
	plan: (section: SectionRunner<S>, params: P) => Promise<PageData<S>>
): PageFunction<P, S> {
	return (engine, params, onSection) =>
		plan(async (key, work) => {
			// One recording per section: each "show query" lists its own statements only.
			const recording = recorded(engine);
			const section = { data: await work(recording), sql: recording.sql() };
			onSection?.(key, section);
			return section;
		}, params);
}

/** A page's data without the SQL, as `customer-lens page NAME --json` prints it. */
export function pageAnswers<S>(data: PageData<S>): S {
	return Object.fromEntries(
		Object.entries(data).map(([key, section]) => [key, (section as Section<unknown>).data])
	) as S;
}
