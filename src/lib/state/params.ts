/**
 * URL parameters of the analyses whose settings both a page and a drill carry (RFM scoring, value
 * tiers, the A1–C6 matrix, the churn definition), so a drill's link reads like the page's own.
 */
import { DEFAULT_CUTS, type CutSet, type Cuts } from '../analyses/rfm/cuts';
import { DEFAULT_SEGMENT_MAP, type ScoreRange, type SegmentMap } from '../analyses/rfm/segments';
import type { Scoring } from '../analyses/rfm/types';
import type { Attractiveness } from '../analyses/tiers/strategies';
import { DEFAULT_TIERS } from '../analyses/tiers/tiers';
import type { ReturnsMode } from '../analyses/value/customer-facts';
import {
	day,
	list,
	mapped,
	number,
	oneOf,
	paramSet,
	record,
	text,
	tuple,
	type Codec
} from './url-params';

const cutsCodec: Codec<CutSet> = mapped(
	list(list(number(), ','), '|'),
	(rows) =>
		rows.length === 3 && rows.every((r) => r.length === 4)
			? { recency: rows[0] as Cuts, frequency: rows[1] as Cuts, monetary: rows[2] as Cuts }
			: undefined,
	(c) => [c.recency, c.frequency, c.monetary]
);

const rangeCodec: Codec<ScoreRange> = {
	parse: (t) => {
		const m = /^([1-5])-([1-5])$/.exec(t);
		return m ? [Number(m[1]), Number(m[2])] : undefined;
	},
	format: ([lo, hi]) => `${lo}-${hi}`
};

/** `Champions:5-5:4-5|…`: each segment's name, R range and F range. */
const segmentMapCodec: Codec<SegmentMap> = mapped(
	list(tuple<[string, ScoreRange, ScoreRange]>([text, rangeCodec, rangeCodec]), '|'),
	(rules) => (rules.length ? rules.map(([segment, r, f]) => ({ segment, r, f })) : undefined),
	(map) => map.map((rule): [string, ScoreRange, ScoreRange] => [rule.segment, rule.r, rule.f])
);

/** What shapes RFM scores; the snapshot is empty for "the day after the last purchase". */
export interface RfmSettings {
	snapshot: string | undefined;
	returns: ReturnsMode;
	scoring: Scoring;
	cuts: CutSet;
	segments: SegmentMap;
}

export const RFM_PARAMS = paramSet<RfmSettings>({
	snapshot: { key: 'snapshot', codec: day, default: undefined },
	returns: { key: 'returns', codec: oneOf('net', 'exclude'), default: 'net' },
	scoring: { key: 'scoring', codec: oneOf('quintiles', 'thresholds'), default: 'quintiles' },
	cuts: { key: 'cuts', codec: cutsCodec, default: DEFAULT_CUTS },
	segments: { key: 'map', codec: segmentMapCodec, default: DEFAULT_SEGMENT_MAP }
});

/** One value tier as the inputs hold it: its share of customers in percent. */
export interface TierSetting {
	name: string;
	percent: number;
}

/** Percent for the URL and the inputs, and back, without float noise (7, not 7.000000000000001). */
export const asPercent = (fraction: number) => Number((fraction * 100).toPrecision(12));
export const asFraction = (percent: number) => Number((percent / 100).toPrecision(12));

export const DEFAULT_TIER_SETTINGS: TierSetting[] = DEFAULT_TIERS.map((t) => ({
	name: t.name,
	percent: asPercent(t.share)
}));

/** `Black:1|Platinum:4|…`. */
const tiersCodec: Codec<TierSetting[]> = mapped(
	list(tuple<[string, number]>([text, number(0, 100)]), '|'),
	(tiers) => (tiers.length ? tiers.map(([name, percent]) => ({ name, percent })) : undefined),
	(tiers) => tiers.map((t): [string, number] => [t.name, t.percent])
);

export const TIER_PARAMS = paramSet<{ tiers: TierSetting[] }>({
	tiers: { key: 'tiers', codec: tiersCodec, default: DEFAULT_TIER_SETTINGS }
});

/** The A1–C6 settings as the inputs hold them (percent, not fractions). */
export interface MatrixSettings {
	months: number;
	growthPercent: number;
	declinePercent: number;
	/** Empty: rate A/B/C by value. */
	column: string;
	classes: Record<string, Attractiveness>;
}

const grade = oneOf<Attractiveness>('A', 'B', 'C');

export const MATRIX_PARAMS = paramSet<MatrixSettings>({
	months: { key: 'months', codec: number(1, 24, true), default: 6 },
	growthPercent: { key: 'grow', codec: number(0), default: 50 },
	declinePercent: { key: 'decline', codec: number(0, 100), default: 30 },
	column: { key: 'rate', codec: text, default: '' },
	classes: { key: 'classes', codec: record(grade), default: {} }
});

/** The churn definition as the churn pages' URL spells it. */
export interface ChurnSettings {
	kind: 'flag' | 'inactive';
	flag: string | undefined;
	days: number | undefined;
	reason: string | undefined;
	snapshot: string | undefined;
}

export const CHURN_PARAMS = paramSet<ChurnSettings>({
	kind: { key: 'churn', codec: oneOf('flag', 'inactive'), default: 'flag' },
	flag: { key: 'flag', codec: text, default: undefined },
	days: { key: 'days', codec: number(1, Infinity, true), default: undefined },
	reason: { key: 'reason', codec: text, default: undefined },
	snapshot: { key: 'snapshot', codec: day, default: undefined }
});
