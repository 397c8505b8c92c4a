import { defineAnalysis } from '../analysis';

export const SQL_CONSOLE = defineAnalysis({
	folder: 'sql-console',
	nav: [{ href: '/sql/', label: { en: 'SQL console', zh: 'SQL 控制台' } }]
});
