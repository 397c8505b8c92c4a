import { defineAnalysis } from '../analysis';

export const ACTIONS = defineAnalysis({
	folder: 'actions',
	nav: [{ href: '/actions/', label: { en: 'Action lists', zh: '行动清单' } }]
});
