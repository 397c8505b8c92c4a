import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReadOnly } from './read-only';
import { tokenize } from './tokenize';

/** Inputs the console must refuse, with the words its message must contain. */
const REFUSED: [string, RegExp][] = [
	['SELECT 1; DROP TABLE transactions', /one statement/],
	['SELECT 1;\nDROP TABLE transactions;', /one statement/],
	["COPY transactions TO 'out.csv'", /start with SELECT/],
	["SELECT 1 FROM (COPY transactions TO 'out.csv')", /COPY is not allowed/],
	["ATTACH 'other.db' AS other", /start with SELECT/],
	['INSTALL httpfs', /start with SELECT/],
	['LOAD httpfs', /start with SELECT/],
	['SET threads = 1', /start with SELECT/],
	["PRAGMA table_info('customers')", /start with SELECT/],
	['CREATE TABLE x AS SELECT 1', /start with SELECT/],
	["INSERT INTO customers (customer_id) VALUES ('x')", /start with SELECT/],
	['CALL pragma_version()', /start with SELECT/],
	["EXPORT DATABASE 'dump'", /start with SELECT/],
	['UPDATE customers SET name = NULL', /start with SELECT/],
	['DELETE FROM activities', /start with SELECT/],
	['BEGIN TRANSACTION', /start with SELECT/],
	['WITH x AS (SELECT 1) INSERT INTO customers SELECT * FROM x', /INSERT is not allowed/],
	['WITH d AS (DELETE FROM customers RETURNING *) SELECT * FROM d', /DELETE is not allowed/],
	['SELECT 1 WHERE 1 = 1 UNION ALL SELECT 2; SET threads = 1', /one statement/],
	['/* hello */ DROP TABLE transactions', /start with SELECT/],
	['-- a comment\nDROP TABLE transactions', /start with SELECT/],
	["SELECT E'\\'; DROP TABLE transactions; --'", /Backslash/],
	["SELECT * FROM read_csv('https://example.com/x.csv')", /read_csv\(\) is not available/],
	["SELECT * FROM main.read_parquet('x.parquet')", /read_parquet\(\) is not available/],
	['SELECT * FROM "read_csv" (\'x.csv\')', /read_csv\(\) is not available/],
	["SELECT * FROM 'https://example.com/x.csv'", /read a file or a URL/],
	["FROM 'x.csv'", /read a file or a URL/],
	["SELECT * FROM customers, 'x.csv'", /read a file or a URL/],
	["SELECT * FROM customers c JOIN 'x.parquet' p ON true", /read a file or a URL/],
	[
		"SELECT * FROM customers JOIN transactions USING (customer_id), 'x.csv'",
		/read a file or a URL/
	],
	["SELECT * FROM (SELECT 1) AS a, 'https://evil.example/x'", /read a file or a URL/],
	["DESCRIBE 'x.csv'", /read a file or a URL/],
	["SUMMARIZE 'x.csv'", /read a file or a URL/],
	["SELECT * FROM query('DROP TABLE transactions')", /query\(\) is not available/],
	['SELECT * FROM checkpoint()', /CHECKPOINT is not allowed/],
	['SELECT * FROM force_checkpoint()', /force_checkpoint\(\) is not available/],
	['SELECT ?', /Parameters/],
	['SELECT $1', /Parameters/],
	['SELECT 1 /* never closed', /Unterminated \/\*/],
	['SELECT 1 /* a /* b */ still a comment', /Unterminated \/\*/],
	["SELECT 'never closed", /Unterminated text/],
	['SELECT "never closed', /Unterminated quoted name/],
	['SELECT $$never closed', /Unterminated \$\$/],
	['SELECT (1', /Parentheses/],
	['SELECT 1)', /Parentheses/],
	['', /Write a query/],
	[' ; ', /Write a query/],
	['VACUUM', /start with SELECT/],
	['SELECT 1 AS set', /SET is not allowed/]
];

/** Inputs it must accept, with the statement it runs. */
const ACCEPTED: [string, string][] = [
	['SELECT 1', 'SELECT 1'],
	['select 1;', 'select 1'],
	['  SELECT 1 ;;  ', 'SELECT 1'],
	['SELECT 1 -- ; DROP TABLE transactions', 'SELECT 1'],
	['SELECT 1 /* ; DROP TABLE transactions */', 'SELECT 1'],
	[
		"SELECT '; DROP TABLE transactions; --' AS text",
		"SELECT '; DROP TABLE transactions; --' AS text"
	],
	['SELECT $$; DROP TABLE x;$$ AS text', 'SELECT $$; DROP TABLE x;$$ AS text'],
	['SELECT $q$it’s; fine$q$', 'SELECT $q$it’s; fine$q$'],
	['/* /* nested */ ; DROP TABLE t; */ SELECT 2', 'SELECT 2'],
	['SELECT "delete", "set" FROM customers', 'SELECT "delete", "set" FROM customers'],
	["SELECT 'it''s' AS x", "SELECT 'it''s' AS x"],
	['(SELECT 1) UNION (SELECT 2)', '(SELECT 1) UNION (SELECT 2)'],
	['WITH x AS (SELECT 1 AS a) SELECT a FROM x', 'WITH x AS (SELECT 1 AS a) SELECT a FROM x'],
	['FROM customers LIMIT 3', 'FROM customers LIMIT 3'],
	['DESCRIBE transactions', 'DESCRIBE transactions'],
	['SUMMARIZE customers', 'SUMMARIZE customers'],
	['SHOW TABLES', 'SHOW TABLES'],
	["SELECT '上海' AS 城市", "SELECT '上海' AS 城市"],
	["SELECT E'plain' AS x", "SELECT E'plain' AS x"],
	[
		"SELECT * FROM customers WHERE name IN ('http://a.example', 'x.csv')",
		"SELECT * FROM customers WHERE name IN ('http://a.example', 'x.csv')"
	],
	[
		"SELECT 'x.csv', 'https://b.example' FROM customers WHERE name = '=HYPERLINK(\"http://c\")'",
		"SELECT 'x.csv', 'https://b.example' FROM customers WHERE name = '=HYPERLINK(\"http://c\")'"
	]
];

describe('checkReadOnly', () => {
	it.each(REFUSED)('refuses %j', (sql, reason) => {
		const verdict = checkReadOnly(sql);
		expect(verdict.ok).toBe(false);
		if (!verdict.ok) expect(verdict.reason.en).toMatch(reason);
		if (!verdict.ok) expect(verdict.reason.zh).toMatch(/[\u4e00-\u9fff]/);
	});

	it('says why in Chinese too, with the words of the query unchanged', () => {
		const reasons = ['SELECT 1 AS set', 'SELECT * FROM read_csv(1)', "SELECT 'open"].map((sql) => {
			const verdict = checkReadOnly(sql);
			return verdict.ok ? '' : verdict.reason.zh;
		});
		expect(reasons).toEqual([
			'不允许使用 SET：控制台不能修改数据。（是同名的列？请给它加上双引号。）',
			'控制台中不能使用 read_csv()：它会写入数据、运行其他 SQL 或读取文件。',
			'从第 8 个字符开始的文本没有结束'
		]);
	});

	it.each(ACCEPTED)('accepts %j', (sql, statement) => {
		expect(checkReadOnly(sql)).toEqual({ ok: true, statement });
	});

	it('answers any text with a verdict, never an exception', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (sql) => {
				const verdict = checkReadOnly(sql);
				expect(typeof verdict.ok).toBe('boolean');
			}),
			{ numRuns: 2000 }
		);
	});

	it('keeps quoted text and comments whole', () => {
		expect(tokenize(`SELECT 'a;b', "c""d" -- x;\n/* y; */ FROM t`).map((t) => t.value)).toEqual([
			'SELECT',
			'a;b',
			',',
			'c"d',
			'FROM',
			'T'
		]);
	});
});
