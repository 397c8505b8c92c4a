/**
 * Drills in the URL, one `d` parameter each, in order: `kind:value?settings`, where the settings
 * are the analysis's own URL parameters (non-defaults only), e.g.
 * `d=rfm_cell:R5F4?snapshot=2025-01-01` or `d=tier:Gold?tiers=Black:2|Gold:10|Rest:88`.
 */
import type { Drill, DrillKind } from '../analyses/drill/types';
import { REGISTRY } from '../analyses/registry';
import type { MatrixClass } from '../analyses/tiers/strategies';
import {
	asFraction,
	asPercent,
	CHURN_PARAMS,
	MATRIX_PARAMS,
	RFM_PARAMS,
	TIER_PARAMS,
	type MatrixSettings
} from './params';
import { day, number, oneOf, paramSet, text } from './url-params';

type Of<K extends DrillKind> = Extract<Drill, { kind: K }>;

/** How one kind of drill is written: its value and settings, and back. */
interface KindCodec<K extends DrillKind> {
	value(drill: Of<K>): string;
	settings(drill: Of<K>): string;
	read(value: string, settings: URLSearchParams): Of<K> | undefined;
}

const CLASS_PARAMS = paramSet<MatrixSettings & { snapshot: string | undefined; basis: string }>({
	...MATRIX_PARAMS.fields,
	snapshot: { key: 'snapshot', codec: day, default: undefined },
	basis: { key: 'basis', codec: oneOf('profit', 'aov', 'attribute'), default: 'aov' }
});
const PRODUCT_PARAMS = paramSet<{ name: string }>({
	name: { key: 'name', codec: text, default: '' }
});
const COHORT_PARAMS = paramSet<{ month: number | undefined }>({
	month: { key: 'month', codec: number(0, 10_000, true), default: undefined }
});

function rfmSettings(rfm: Of<'rfm_cell'>['rfm'], withMap: boolean): string {
	const thresholds = rfm.scoring === 'thresholds';
	return RFM_PARAMS.encode({
		snapshot: rfm.snapshot,
		returns: rfm.returns,
		scoring: rfm.scoring,
		// Only what changes the customers: cut points under threshold scoring, the map for names.
		cuts: thresholds ? rfm.cuts : undefined,
		segments: withMap ? rfm.segments : undefined
	});
}

function readRfm(settings: URLSearchParams, withMap: boolean) {
	const s = RFM_PARAMS.read(settings);
	if (!s.snapshot) return undefined;
	return {
		snapshot: s.snapshot,
		returns: s.returns,
		scoring: s.scoring,
		...(s.scoring === 'thresholds' ? { cuts: s.cuts } : {}),
		...(withMap ? { segments: s.segments } : {})
	};
}

const CODECS: { [K in DrillKind]: KindCodec<K> } = {
	rfm_segment: {
		value: (d) => d.segment,
		settings: (d) => rfmSettings(d.rfm, true),
		read: (segment, s) => {
			const rfm = readRfm(s, true);
			return rfm && segment ? { kind: 'rfm_segment', segment, rfm } : undefined;
		}
	},
	rfm_cell: {
		value: (d) => `R${d.r}F${d.f}`,
		settings: (d) => rfmSettings(d.rfm, false),
		read: (value, s) => {
			const cell = /^R([1-5])F([1-5])$/.exec(value);
			const rfm = readRfm(s, false);
			return cell && rfm
				? { kind: 'rfm_cell', r: Number(cell[1]), f: Number(cell[2]), rfm }
				: undefined;
		}
	},
	tier: {
		value: (d) => d.tier,
		settings: (d) =>
			TIER_PARAMS.encode({
				tiers: d.tiers.map((t) => ({ name: t.name, percent: asPercent(t.share) }))
			}),
		read: (tier, s) => ({
			kind: 'tier',
			tier,
			tiers: TIER_PARAMS.read(s).tiers.map((t) => ({ name: t.name, share: asFraction(t.percent) }))
		})
	},
	class: {
		value: (d) => d.cls,
		settings: ({ matrix, basis }) =>
			CLASS_PARAMS.encode({
				months: matrix.months,
				growthPercent: matrix.growth === undefined ? undefined : asPercent(matrix.growth),
				declinePercent: matrix.decline === undefined ? undefined : asPercent(-matrix.decline),
				column: matrix.attribute?.column,
				classes: matrix.attribute?.classes,
				snapshot: matrix.snapshot,
				basis
			}),
		read: (cls, s) => {
			const m = CLASS_PARAMS.read(s);
			if (!/^[ABC][1-6]$/.test(cls) || !m.snapshot) return undefined;
			return {
				kind: 'class',
				cls: cls as MatrixClass,
				basis: m.basis as Of<'class'>['basis'],
				matrix: {
					snapshot: m.snapshot,
					months: m.months,
					growth: asFraction(m.growthPercent),
					decline: -asFraction(m.declinePercent),
					...(m.column ? { attribute: { column: m.column, classes: m.classes } } : {})
				}
			};
		}
	},
	churn_reason: {
		value: (d) => d.reason,
		settings: ({ churn }) =>
			CHURN_PARAMS.encode({
				kind: churn.definition.kind,
				flag: churn.definition.kind === 'flag' ? churn.definition.column : undefined,
				days: churn.definition.kind === 'inactive' ? churn.definition.days : undefined,
				reason: churn.reasonColumn,
				snapshot: churn.snapshot
			}),
		read: (reason, s) => {
			const c = CHURN_PARAMS.read(s);
			if (c.kind === 'inactive' && (c.days === undefined || !c.snapshot)) return undefined;
			return {
				kind: 'churn_reason',
				reason,
				churn: {
					definition:
						c.kind === 'inactive'
							? { kind: 'inactive', days: c.days! }
							: { kind: 'flag', ...(c.flag ? { column: c.flag } : {}) },
					...(c.snapshot ? { snapshot: c.snapshot } : {}),
					...(c.reason ? { reasonColumn: c.reason } : {})
				}
			};
		}
	},
	product: {
		value: (d) => d.item,
		settings: (d) => PRODUCT_PARAMS.encode({ name: d.name }),
		read: (item, s) => ({ kind: 'product', item, name: PRODUCT_PARAMS.read(s).name })
	},
	category: {
		value: (d) => d.item,
		settings: () => '',
		read: (item) => ({ kind: 'category', item })
	},
	cohort: {
		value: (d) => d.cohort,
		settings: (d) => COHORT_PARAMS.encode({ month: d.month }),
		read: (cohort, s) => {
			if (!/^\d{4}-\d{2}$/.test(cohort)) return undefined;
			const { month } = COHORT_PARAMS.read(s);
			return { kind: 'cohort', cohort, ...(month === undefined ? {} : { month }) };
		}
	}
};

const escapeValue = (v: string) => v.replace(/%/g, '%25').replace(/\?/g, '%3F');

/** A drill as the text of one `d` parameter. */
export function formatDrill(drill: Drill): string {
	const codec = CODECS[drill.kind] as KindCodec<DrillKind>;
	const settings = codec.settings(drill);
	return `${drill.kind}:${escapeValue(codec.value(drill))}${settings ? `?${settings}` : ''}`;
}

/** A drill from the text of a `d` parameter; undefined when malformed or unknown. */
export function parseDrill(text: string): Drill | undefined {
	const colon = text.indexOf(':');
	const kind = text.slice(0, colon) as DrillKind;
	if (colon < 0 || !Object.hasOwn(CODECS, kind)) return undefined;
	const rest = text.slice(colon + 1);
	const question = rest.indexOf('?');
	const raw = question < 0 ? rest : rest.slice(0, question);
	let value: string;
	try {
		value = decodeURIComponent(raw);
	} catch {
		return undefined;
	}
	if (!value || value.includes('\0')) return undefined;
	const settings = new URLSearchParams(question < 0 ? '' : rest.slice(question + 1));
	return (CODECS[kind] as KindCodec<DrillKind>).read(value, settings);
}

/**
 * The kinds of drill each page offers (its analysis's first page). Such a page shows the data its drill was picked from (the
 * views stop before that drill), as BI tools leave the chart a filter came from unfiltered, so
 * the user sees the other choices and can change theirs.
 */
const OWNERS: Record<string, readonly DrillKind[]> = Object.fromEntries(
	REGISTRY.flatMap((a) => (a.drills && a.nav[0] ? [[a.nav[0].href, a.drills]] : []))
);

/** How many of the drills the page at `path` applies: those before its own first drill. */
export function shownDrills(drills: readonly Drill[], path: string): number {
	const own = OWNERS[path] ?? [];
	const first = drills.findIndex((d) => own.includes(d.kind));
	return first < 0 ? drills.length : first;
}

/**
 * The drills with one more picked on the page at `path`: it replaces that page's own drill (it was
 * picked over the same data), else it is added last; the last drill again changes nothing.
 */
export function withDrill(drills: readonly Drill[], drill: Drill, path: string): Drill[] {
	const k = shownDrills(drills, path);
	if (k < drills.length) return drills.map((d, i) => (i === k ? drill : d));
	const last = drills.at(-1);
	if (last && formatDrill(last) === formatDrill(drill)) return [...drills];
	return [...drills, drill];
}
