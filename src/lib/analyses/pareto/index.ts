import { defineAnalysis } from '../analysis';

export const PARETO = defineAnalysis({
	folder: 'pareto',
	nav: [{ href: '/pareto/', label: { en: 'Pareto & profit', zh: '帕累托与利润' } }]
});
