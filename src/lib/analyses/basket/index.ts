import { defineAnalysis } from '../analysis';

export const BASKET = defineAnalysis({
	folder: 'basket',
	nav: [{ href: '/basket/', label: { en: 'What sells together', zh: '关联购买' } }],
	drills: ['product', 'category']
});
