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
