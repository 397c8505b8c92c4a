import { inlineParams } from './sql-console/inline';
import { withFactsWrittenOut } from './value/customer-facts';
import { isFactsCacheWork } from './value/facts-cache';
import type { Engine } from '../engine/engine';

/** An engine that also keeps the text of every statement it was given, to show beside a result. */
export interface RecordedEngine extends Engine {
	/** The statements so far in the order they were called (failed ones too), parameters written in. */
	sql(): string;
}

/** Wrap `engine`: every call passes through unchanged; `query` and `exec` statements are kept. */
export function recorded(engine: Engine): RecordedEngine {
	const statements: string[] = [];
	// Kept when called, not when answered: the order is the order the work asked for them. The
	// facts cache's own statements are left out and what read it written out: the text shown reads
	// the views alone, whatever happens to be cached.
	const keep = (sql: string) => {
		if (!isFactsCacheWork(sql))
			statements.push(withFactsWrittenOut(sql.trim().replace(/;\s*$/, '')));
	};
	return {
		kind: engine.kind,
		inner: engine,
		query(sql, params = []) {
			keep(inlineParams(sql, params));
			return engine.query(sql, params);
		},
		exec(sql, onProgress) {
			keep(sql);
			return engine.exec(sql, onProgress);
		},
		registerFile: (name, source) => engine.registerFile(name, source),
		dropFile: (name) => engine.dropFile(name),
		cancel: () => engine.cancel(),
		close: () => engine.close(),
		sql: () => statements.join(';\n\n')
	};
}
