import { defineAnalysis, pageEntry } from '../analysis';
import { overviewPage } from './page';

export const OVERVIEW = defineAnalysis({
	folder: 'overview',
	nav: [{ href: '/', label: { en: 'Overview', zh: '概览' } }],
	page: pageEntry('overview', overviewPage, { period: 'quarter' })
});
