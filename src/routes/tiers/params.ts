import type { MatrixClass } from '$lib/analyses/tiers/strategies';
import {
	MATRIX_PARAMS,
	TIER_PARAMS,
	type MatrixSettings,
	type TierSetting
} from '$lib/state/params';
import { paramSet, type Codec } from '$lib/state/url-params';

const matrixClass: Codec<MatrixClass> = {
	parse: (t) => (/^[ABC][1-6]$/.test(t) ? (t as MatrixClass) : undefined),
	format: (c) => c
};

/** The tiers page's URL: tier sizes, the A1–C6 settings and the class whose strategy is shown. */
export const TIERS_PAGE = paramSet<
	{ tiers: TierSetting[] } & MatrixSettings & { selected: MatrixClass }
>({
	...TIER_PARAMS.fields,
	...MATRIX_PARAMS.fields,
	selected: { key: 'class', codec: matrixClass, default: 'A6' }
});
