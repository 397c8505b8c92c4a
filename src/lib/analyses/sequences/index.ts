import { defineAnalysis } from '../analysis';

export const SEQUENCES = defineAnalysis({
	folder: 'sequences',
	nav: [{ href: '/sequences/', label: { en: 'Bought after & due', zh: '购买顺序与到期' } }]
});
