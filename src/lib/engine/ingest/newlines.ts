/**
 * Files glued together from Windows, Unix and old Mac exports end some lines with CRLF, others with
 * LF or a bare CR; DuckDB's strict CSV reader stops at the first change, so such files are
 * normalised to LF first.
 */

/** Whether record-ending line breaks (outside quotes) are of more than one kind: CRLF, LF, CR. */
export function hasMixedNewlines(text: string): boolean {
	let quoted = false;
	const kinds = new Set<string>();
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22) quoted = !quoted;
		else if (quoted) continue;
		else if (c === 0x0a) kinds.add(text.charCodeAt(i - 1) === 0x0d ? 'crlf' : 'lf');
		// A CR at the very end of the sample may be the first half of a CRLF.
		else if (c === 0x0d && i + 1 < text.length && text.charCodeAt(i + 1) !== 0x0a) kinds.add('cr');
		if (kinds.size > 1) return true;
	}
	return false;
}

/** Rewrite every CRLF and bare CR of a byte stream as LF (a CR split from its LF by a chunk boundary too). */
export async function* newlinesToLf(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
	let pendingCr = false;
	for await (const chunk of chunks) {
		const out = new Uint8Array(chunk.length + 1);
		let o = 0;
		if (pendingCr && chunk[0] !== 0x0a) out[o++] = 0x0a;
		pendingCr = false;
		for (let i = 0; i < chunk.length; i++) {
			const b = chunk[i];
			if (b !== 0x0d) out[o++] = b;
			else if (i === chunk.length - 1) pendingCr = true;
			else if (chunk[i + 1] !== 0x0a) out[o++] = 0x0a;
		}
		if (o) yield out.subarray(0, o);
	}
	if (pendingCr) yield Uint8Array.of(0x0a);
}

/**
 * The blank lines of the text DuckDB reads (nothing, or a lone CR, before a line break outside
 * quotes), as runs `[first line, count]` with lines numbered from 1. DuckDB skips them without a
 * trace; ingest lists them so that every line of the file is accounted for.
 */
export class BlankLines {
	readonly runs: [number, number][] = [];
	#state = { line: 1, empty: true, quoted: false };

	push(chunk: Uint8Array): void {
		// Line breaks and quotes are found with indexOf (native, fast); only what lies between two
		// line breaks is looked at, and only as far as its first byte that is not a CR.
		let { line, empty, quoted } = this.#state;
		let start = 0;
		let quote = chunk.indexOf(0x22);
		for (;;) {
			const lf = chunk.indexOf(0x0a, start);
			const end = lf === -1 ? chunk.length : lf;
			let i = start;
			while (i < end && chunk[i] === 0x0d) i++;
			if (i < end) empty = false;
			for (; quote !== -1 && quote < end; quote = chunk.indexOf(0x22, quote + 1)) quoted = !quoted;
			if (lf === -1) break;
			if (empty && !quoted) this.#add(line);
			line++;
			empty = !quoted;
			start = lf + 1;
		}
		this.#state = { line, empty, quoted };
	}

	#add(line: number) {
		const last = this.runs[this.runs.length - 1];
		if (last && last[0] + last[1] === line) last[1]++;
		else this.runs.push([line, 1]);
	}

	get count(): number {
		return this.runs.reduce((n, [, count]) => n + count, 0);
	}
}
