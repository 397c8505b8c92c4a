/**
 * Character-set detection and streaming transcoding to UTF-8, the only encoding DuckDB's CSV
 * reader accepts. Detection looks at a sample (the first few hundred KB of the file).
 */

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DetectedEncoding {
	encoding: Encoding;
	/** Length in bytes of the byte-order mark at the start of the sample (0 when none). */
	bom: number;
	/** False when the guess rests on weak evidence and the user should be asked to confirm. */
	confident: boolean;
	/** Mostly UTF-8 with some bytes that are not: the offset of the first such byte. */
	mixedAt?: number;
}

/** Encodings offered to the user when detection is not confident, with display names. */
export const ENCODING_LABELS: Record<Encoding, string> = {
	'utf-8': 'UTF-8',
	gb18030: 'GBK / GB18030 (Chinese)',
	'utf-16le': 'UTF-16 LE',
	'utf-16be': 'UTF-16 BE',
	'windows-1252': 'Windows-1252 (Western European)'
};

/** Detect the encoding of the first bytes of a file (the sample may end mid-character). */
export function detectEncoding(sample: Uint8Array): DetectedEncoding {
	if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
		return { encoding: 'utf-8', bom: 3, confident: true };
	}
	if (sample[0] === 0xff && sample[1] === 0xfe)
		return { encoding: 'utf-16le', bom: 2, confident: true };
	if (sample[0] === 0xfe && sample[1] === 0xff)
		return { encoding: 'utf-16be', bom: 2, confident: true };

	const utf16 = utf16WithoutBom(sample);
	if (utf16) return { encoding: utf16, bom: 0, confident: true };

	const utf8 = checkUtf8(sample);
	if (utf8 === 'valid') return { encoding: 'utf-8', bom: 0, confident: true };
	// Lines appended by another tool: as many well-formed multi-byte UTF-8 characters as stray
	// bytes never happens by chance in GBK or Windows-1252 text, so the file is UTF-8 at heart.
	const stats = utf8Stats(sample);
	if (stats.valid >= stats.invalid)
		return { encoding: 'utf-8', bom: 0, confident: false, mixedAt: stats.firstInvalid };

	// Not UTF-8: the two single/double-byte encodings Excel writes for our users. GBK text is
	// almost entirely pairs of high bytes (0xA1–0xFE); Windows-1252 accents are isolated high
	// bytes next to ASCII letters, which are never both ≥ 0xA1.
	const { highBytes, gbPairs, invalidGbk } = scoreGbk(sample);
	const pairShare = highBytes ? (2 * gbPairs) / highBytes : 0;
	if (pairShare >= 0.6 && invalidGbk === 0) {
		return { encoding: 'gb18030', bom: 0, confident: pairShare >= 0.9 && gbPairs >= 4 };
	}
	return { encoding: 'windows-1252', bom: 0, confident: pairShare <= 0.3 };
}

/** Decode a sample for sniffing, dropping a BOM and a character cut off at the end. */
export function decodeSample(sample: Uint8Array, encoding: Encoding): string {
	// stream: true holds back an incomplete trailing sequence instead of emitting U+FFFD.
	return new TextDecoder(encoding, { fatal: false }).decode(sample, { stream: true });
}

/**
 * Re-encode a byte stream from `encoding` to UTF-8 without a BOM, chunk by chunk; malformed
 * input becomes U+FFFD. `onBytes` receives the size of each input chunk, for progress.
 */
export async function* transcodeToUtf8(
	chunks: AsyncIterable<Uint8Array>,
	encoding: Encoding,
	onBytes?: (n: number) => void
): AsyncIterable<Uint8Array> {
	// Even UTF-8 input goes through the decoder: DuckDB rejects a file with one invalid byte.
	const decoder = new TextDecoder(encoding, { fatal: false });
	const encoder = new TextEncoder();
	for await (const chunk of chunks) {
		onBytes?.(chunk.byteLength);
		const text = decoder.decode(chunk, { stream: true });
		if (text) yield encoder.encode(text);
	}
	const rest = decoder.decode();
	if (rest) yield encoder.encode(rest);
}

/** 'valid' also covers a sequence cut at the very end of the sample. */
function checkUtf8(bytes: Uint8Array): 'valid' | 'invalid' {
	for (let i = 0; i < bytes.length;) {
		const len = utf8Length(bytes, i);
		if (len === null) return 'invalid';
		i += len;
	}
	return 'valid';
}

/** Well-formed multi-byte UTF-8 characters, bytes that start none, and where the first such byte is. */
function utf8Stats(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
	let valid = 0;
	let invalid = 0;
	let firstInvalid = -1;
	for (let i = 0; i < bytes.length;) {
		const len = utf8Length(bytes, i);
		if (len === null) {
			if (firstInvalid < 0) firstInvalid = i;
			invalid++;
			i++;
		} else {
			if (len > 1) valid++;
			i += len;
		}
	}
	return { valid, invalid, firstInvalid };
}

/** Length of the UTF-8 sequence starting at `i` (a sequence cut by the end counts), or null. */
function utf8Length(bytes: Uint8Array, i: number): number | null {
	const b = bytes[i];
	if (b < 0x80) return 1;
	let need: number;
	let min2 = 0x80;
	let max2 = 0xbf;
	if (b >= 0xc2 && b <= 0xdf) need = 1;
	else if (b >= 0xe0 && b <= 0xef) {
		need = 2;
		if (b === 0xe0) min2 = 0xa0;
		if (b === 0xed) max2 = 0x9f;
	} else if (b >= 0xf0 && b <= 0xf4) {
		need = 3;
		if (b === 0xf0) min2 = 0x90;
		if (b === 0xf4) max2 = 0x8f;
	} else return null;
	for (let k = 1; k <= need; k++) {
		if (i + k >= bytes.length) return bytes.length - i;
		const c = bytes[i + k];
		if (k === 1 ? c < min2 || c > max2 : c < 0x80 || c > 0xbf) return null;
	}
	return need + 1;
}

function scoreGbk(bytes: Uint8Array): { highBytes: number; gbPairs: number; invalidGbk: number } {
	let highBytes = 0;
	let gbPairs = 0;
	let invalidGbk = 0;
	const n = bytes.length;
	let i = 0;
	while (i < n) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		highBytes++;
		if (i + 1 >= n) break;
		const c = bytes[i + 1];
		if (b >= 0x81 && b <= 0xfe && c >= 0x40 && c <= 0xfe && c !== 0x7f) {
			highBytes += c >= 0x80 ? 1 : 0;
			if (b >= 0xa1 && c >= 0xa1) gbPairs++;
			i += 2;
		} else {
			invalidGbk++;
			i++;
		}
	}
	return { highBytes, gbPairs, invalidGbk };
}

/** UTF-16 text without a BOM shows as ASCII with a zero byte beside every character. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero / pairs > 0.4 && evenZero / pairs < 0.05) return 'utf-16le';
	if (evenZero / pairs > 0.4 && oddZero / pairs < 0.05) return 'utf-16be';
	return null;
}
