/**
 * Files glued together from Windows and Unix exports end some lines with CRLF and others with LF;
 * DuckDB's strict CSV reader stops at the first change, so such files are normalised to LF first.
 */

/** Whether record-ending line breaks (outside quotes) are both CRLF and bare LF in the text. */
export function hasMixedNewlines(text: string): boolean {
	let quoted = false;
	let crlf = false;
	let lf = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x22) quoted = !quoted;
		else if (c === 0x0a && !quoted) {
			if (text.charCodeAt(i - 1) === 0x0d) crlf = true;
			else lf = true;
			if (crlf && lf) return true;
		}
	}
	return false;
}

/** Rewrite every CRLF of a byte stream as LF (a CR split from its LF by a chunk boundary too). */
export async function* crlfToLf(chunks: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
	let pendingCr = false;
	for await (const chunk of chunks) {
		const out = new Uint8Array(chunk.length + 1);
		let o = 0;
		if (pendingCr && chunk[0] !== 0x0a) out[o++] = 0x0d;
		pendingCr = false;
		for (let i = 0; i < chunk.length; i++) {
			const b = chunk[i];
			if (b !== 0x0d) out[o++] = b;
			else if (i === chunk.length - 1) pendingCr = true;
			else if (chunk[i + 1] !== 0x0a) out[o++] = b;
		}
		if (o) yield out.subarray(0, o);
	}
	if (pendingCr) yield Uint8Array.of(0x0d);
}
