import { pageAnswers } from '../../analyses/page';
import { REGISTRY } from '../../analyses/registry';
import { UsageError } from '../load-files';
import { json, type Command } from '../command';

const PAGES = REGISTRY.flatMap((a) => (a.page ? [a.page] : []));

export const pageCommand: Command = {
	name: 'page',
	summary: `a page's data as the app computes it (NAME: ${PAGES.map((p) => p.name).join(', ')})`,
	argument: 'NAME',
	options: {
		sql: {
			type: 'boolean',
			description: 'also print each section’s SQL ({ data, sql } per section)'
		}
	},
	async run(engine, values, [name] = []) {
		const page = PAGES.find((p) => p.name === name);
		if (!page)
			throw new UsageError(
				`page expects a NAME among ${PAGES.map((p) => p.name).join(', ')}, got "${name ?? ''}"`
			);
		const data = await page.run(engine);
		return json(values.sql ? data : pageAnswers(data));
	}
};
