import { defineAnalysis } from '../analysis';

export const OVERVIEW = defineAnalysis({
	folder: 'overview',
	nav: [{ href: '/', label: { en: 'Overview', zh: '概览' } }]
});
