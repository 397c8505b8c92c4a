import { definePage } from '../page';
import { cohorts, type Cohorts } from './cohorts';

export interface CohortsPageParams {
	/** Count purchases before this day (default: the day after the last). */
	snapshot?: string;
}

/** The cohorts page: one heatmap's worth of cohorts. */
export const cohortsPage = definePage<CohortsPageParams, { cohorts: Cohorts }>(
	async (section, { snapshot }) => ({
		cohorts: await section('cohorts', (e) => cohorts(e, { snapshot }))
	})
);
