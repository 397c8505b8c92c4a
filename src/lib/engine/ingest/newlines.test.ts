import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlankLines, hasMixedNewlines, newlinesToLf } from './newlines';
import { chunked, collect } from '$tests/helpers/ingest';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** Text of lines from a small alphabet: quotes, separators and every kind of line break. */
const arbText = fc
	.array(fc.constantFrom('a', ',', '"', '\n', '\r\n', '\r', ''), { maxLength: 60 })
	.map((parts) => parts.join(''));
const arbCuts = (n: number) => fc.uniqueArray(fc.integer({ min: 0, max: n }), { maxLength: 8 });

/** The blank lines, independently: split on LF outside quotes, count lines that are empty or a CR. */
function blankLinesOf(t: string): number[] {
	const out: number[] = [];
	let line = 1;
	let current = '';
	let quoted = false;
	let blankStart = true;
	for (const ch of t) {
		if (ch === '\n') {
			if (!quoted && blankStart && /^\r*$/.test(current)) out.push(line);
			line++;
			current = '';
			blankStart = !quoted;
		} else {
			current += ch;
			if (ch === '"') quoted = !quoted;
		}
	}
	return out;
}

describe('line endings', () => {
	it.each([
		['a\nb\n', false],
		['a\r\nb\r\n', false],
		['a\rb\r', false],
		['a\r\nb\n', true],
		['a\nb\rc\n', true],
		['"x\ry"\nb\n', false]
	])('%j mixed: %s', (t, mixed) => expect(hasMixedNewlines(t)).toBe(mixed));

	it('rewrites CRLF and a bare CR as LF wherever the chunks are cut', async () => {
		await fc.assert(
			fc.asyncProperty(
				arbText.chain((t) => fc.tuple(fc.constant(t), arbCuts(bytes(t).length))),
				async ([t, cuts]) => {
					const out = text(await collect(newlinesToLf(chunked(bytes(t), cuts))));
					expect(out).toBe(t.replaceAll('\r\n', '\n').replaceAll('\r', '\n'));
				}
			)
		);
	});
});

describe('BlankLines', () => {
	it('lists blank lines as runs, outside quotes, wherever the chunks are cut', async () => {
		await fc.assert(
			fc.asyncProperty(
				arbText.chain((t) => fc.tuple(fc.constant(t), arbCuts(bytes(t).length))),
				async ([t, cuts]) => {
					const blanks = new BlankLines();
					for await (const chunk of chunked(bytes(t), cuts)) blanks.push(chunk);
					const lines = blanks.runs.flatMap(([first, n]) =>
						Array.from({ length: n }, (_, i) => first + i)
					);
					expect(lines).toEqual(blankLinesOf(t));
					expect(blanks.count).toBe(lines.length);
					// Runs are maximal: two runs never touch.
					for (let i = 1; i < blanks.runs.length; i++)
						expect(blanks.runs[i][0]).toBeGreaterThan(
							blanks.runs[i - 1][0] + blanks.runs[i - 1][1]
						);
				}
			)
		);
	});

	it('keeps a huge blank tail as one run', () => {
		const blanks = new BlankLines();
		blanks.push(bytes('h\na\n' + '\n'.repeat(200_000)));
		expect(blanks.runs).toEqual([[3, 200_000]]);
	});
});
