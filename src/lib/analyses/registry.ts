import type { Analysis } from './analysis';
import { OVERVIEW } from './overview/index';
import { RFM } from './rfm/index';
import { PARETO } from './pareto/index';
import { TIERS } from './tiers/index';
import { CHURN } from './churn/index';
import { COHORTS } from './cohorts/index';
import { CLV } from './clv/index';
import { ACTIONS } from './actions/index';
import { SEGMENTS } from './segments/index';
import { BASKET } from './basket/index';
import { SEQUENCES } from './sequences/index';
import { SQL_CONSOLE } from './sql-console/index';
import { PROFILE } from './profile/index';
import { DRILL } from './drill/index';
import { VALUE } from './value/index';

/** Every analysis folder, in the navigation's order: adding an analysis adds one line here. */
export const REGISTRY = [
	OVERVIEW,
	RFM,
	PARETO,
	TIERS,
	CHURN,
	COHORTS,
	CLV,
	ACTIONS,
	SEGMENTS,
	BASKET,
	SEQUENCES,
	SQL_CONSOLE,
	PROFILE,
	DRILL,
	VALUE
] as const satisfies readonly Analysis[];

/** The name of an analysis folder. */
export type AnalysisFolder = (typeof REGISTRY)[number]['folder'];
