import { bilingual, type Bilingual } from '../../i18n/bilingual';

const EN = {
	empty: 'Write a query first.',
	oneStatement: 'Run one statement at a time: remove the “;” between statements.',
	firstWord:
		'The console only reads: start with SELECT, WITH, FROM, VALUES, DESCRIBE, SUMMARIZE or SHOW.',
	quotedTable:
		'A quoted name in FROM would read a file or a URL; the console only reads the loaded tables (customers, transactions, activities).',
	parentheses: 'Parentheses do not match.',
	notATable: (name: string) =>
		`“${name}” is not a table or view of the loaded data: the console reads only those (see the list), never a file or a URL.`,
	cannotCheck:
		'This engine cannot check which tables a query names, so the console does not run it.',
	writeWord: (word: string) =>
		`${word} is not allowed: the console cannot change the data. (A column with this name? Put it in double quotes.)`,
	blockedFunction: (name: string) =>
		`${name}() is not available in the console: it writes, runs other SQL, or reads files.`,
	backslash: "Backslash escapes (E'…') are not allowed in the console; write the character itself.",
	parameter: (parameter: string) =>
		`Parameters (${parameter}) are not supported: write the value into the query.`,
	unexpectedDollar: (at: number) => `Unexpected "$" at character ${at}`,
	unterminatedDollar: (tag: string, at: number) => `Unterminated ${tag} string at character ${at}`,
	unterminatedComment: (at: number) => `Unterminated /* comment at character ${at}`,
	unterminatedText: (at: number) => `Unterminated text starting at character ${at}`,
	unterminatedName: (at: number) => `Unterminated quoted name starting at character ${at}`
};

/** Why the console refuses a query, in both languages. */
const REFUSALS = bilingual(EN, {
	empty: '请先写一条查询。',
	oneStatement: '每次只能运行一条语句：请删除语句之间的“;”。',
	firstWord:
		'控制台只能读取数据：请以 SELECT、WITH、FROM、VALUES、DESCRIBE、SUMMARIZE 或 SHOW 开头。',
	quotedTable:
		'FROM 后带引号的名称会读取文件或网址；控制台只读取已加载的表（customers、transactions、activities）。',
	parentheses: '括号不匹配。',
	notATable: (name) =>
		`“${name}”不是已加载数据中的表或视图：控制台只读取这些表和视图（见左侧列表），绝不读取文件或网址。`,
	cannotCheck: '此引擎无法检查查询用到了哪些表，因此控制台不运行该查询。',
	writeWord: (word) => `不允许使用 ${word}：控制台不能修改数据。（是同名的列？请给它加上双引号。）`,
	blockedFunction: (name) => `控制台中不能使用 ${name}()：它会写入数据、运行其他 SQL 或读取文件。`,
	backslash: "控制台中不允许反斜杠转义（E'…'）；请直接写出该字符。",
	parameter: (parameter) => `不支持参数（${parameter}）：请把值直接写进查询。`,
	unexpectedDollar: (at) => `第 ${at} 个字符处出现了意外的“$”`,
	unterminatedDollar: (tag, at) => `从第 ${at} 个字符开始的 ${tag} 字符串没有结束`,
	unterminatedComment: (at) => `从第 ${at} 个字符开始的 /* 注释没有结束`,
	unterminatedText: (at) => `从第 ${at} 个字符开始的文本没有结束`,
	unterminatedName: (at) => `从第 ${at} 个字符开始的带引号名称没有结束`
});

/** One refusal in both languages, written once for both: `refusal((m) => m.writeWord('DROP'))`. */
export function refusal(say: (m: typeof EN) => string): Bilingual {
	return { en: say(REFUSALS.en), zh: say(REFUSALS.zh) };
}
