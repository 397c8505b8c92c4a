let next: string | null = null;

/**
 * A query the user asked for inside the app ("Open in the SQL console"): the console it opens runs
 * it without asking again. A link from elsewhere or a reload starts a new page, so nothing is set.
 */
export function approveConsoleQuery(sql: string): void {
	next = sql;
}

/** The approved query, once: the next console page to open takes it. */
export function takeApprovedQuery(): string | null {
	const sql = next;
	next = null;
	return sql;
}
