import { describe, expect, it } from 'vitest';
import { splitStatements } from './split';

describe('splitStatements', () => {
	it('splits at semicolons outside quotes and comments', () => {
		const script = `SELECT ';' AS a, "x;y" FROM t; -- one; two
WITH c AS (SELECT 1 /* ; */) SELECT * FROM c;

SELECT $$;$$`;
		expect(splitStatements(script)).toEqual([
			`SELECT ';' AS a, "x;y" FROM t`,
			`-- one; two\nWITH c AS (SELECT 1 /* ; */) SELECT * FROM c`,
			'SELECT $$;$$'
		]);
	});

	it('drops empty statements and keeps unreadable text whole', () => {
		expect(splitStatements(' ; SELECT 1;; ')).toEqual(['SELECT 1']);
		expect(splitStatements("SELECT 'open; string")).toEqual(["SELECT 'open; string"]);
	});
});
