import { defineAnalysis, pageEntry } from '../analysis';
import { cohortsPage } from './page';

export const COHORTS = defineAnalysis({
	folder: 'cohorts',
	nav: [{ href: '/cohorts/', label: { en: 'Cohorts', zh: '同期群' } }],
	drills: ['cohort'],
	page: pageEntry('cohorts', cohortsPage, {})
});
