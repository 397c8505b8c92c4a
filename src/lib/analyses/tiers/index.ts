import { defineAnalysis } from '../analysis';

export const TIERS = defineAnalysis({
	folder: 'tiers',
	nav: [{ href: '/tiers/', label: { en: 'Tiers & A1–C6', zh: '会员等级与 A1–C6' } }],
	drills: ['tier', 'class']
});
