import { IngestError } from './errors';

/** A file handed to ingest: a Blob (a browser File, or Node's `fs.openAsBlob`), plus its path in Node. */
export interface IngestInput {
	name: string;
	blob: Blob;
	/** In Node, engines read the file from disk directly instead of copying it. */
	path?: string;
}

export type Container = 'plain' | 'gzip' | 'parquet' | 'excel';

/**
 * What wraps the text: gzip, Parquet and Excel (.xlsx is a ZIP, .xls an OLE file) are recognised
 * by their magic bytes, not the name.
 */
export async function detectContainer(input: IngestInput): Promise<Container> {
	const head = new Uint8Array(await input.blob.slice(0, 4).arrayBuffer());
	if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
	if (String.fromCharCode(...head) === 'PAR1') return 'parquet';
	const magic = [...head].map((b) => b.toString(16).padStart(2, '0')).join('');
	if (magic === '504b0304' || magic === 'd0cf11e0') return 'excel';
	return 'plain';
}

/** Tables that become CSV text in JavaScript before DuckDB reads them (Parquet, Excel). */
export function isConverted(container: Container): boolean {
	return container === 'parquet' || container === 'excel';
}

/**
 * The decompressed byte stream of a plain or gzip input, reporting compressed bytes consumed. A gzip
 * stream that is cut off or fails its CRC check is refused with the line where it breaks: loading
 * the part before it as if it were the whole file would be a silent partial load.
 */
export async function* inputChunks(
	input: IngestInput,
	container: Container,
	onBytes?: (n: number) => void
): AsyncIterable<Uint8Array> {
	let stream: ReadableStream<Uint8Array> = input.blob.stream().pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, controller) {
				onBytes?.(chunk.byteLength);
				controller.enqueue(chunk);
			}
		})
	);
	if (container === 'gzip')
		stream = stream.pipeThrough(
			new DecompressionStream('gzip') as TransformStream<Uint8Array, Uint8Array>
		);
	const reader = stream.getReader();
	let lines = 0;
	try {
		for (;;) {
			let next: ReadableStreamReadResult<Uint8Array>;
			try {
				next = await reader.read();
			} catch (error) {
				if (container !== 'gzip' || (error as Error).name === 'AbortError') throw error;
				throw new IngestError(
					input.name,
					`the gzip data is damaged or cut off after line ${lines.toLocaleString('en')} (${(error as Error).message}): expected a complete .gz file — download or compress it again`
				);
			}
			if (next.done) return;
			for (let i = next.value.indexOf(0x0a); i !== -1; i = next.value.indexOf(0x0a, i + 1)) lines++;
			yield next.value;
		}
	} finally {
		reader.releaseLock();
	}
}

/** The first `maxBytes` of decompressed content, for sniffing. */
export async function readSample(
	input: IngestInput,
	container: Container,
	maxBytes = 1 << 20
): Promise<Uint8Array> {
	if (container === 'plain')
		return new Uint8Array(await input.blob.slice(0, maxBytes).arrayBuffer());
	const parts: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of inputChunks(input, container)) {
		parts.push(chunk);
		size += chunk.byteLength;
		if (size >= maxBytes) break;
	}
	return concatBytes(parts).subarray(0, maxBytes);
}

/** Join byte chunks into one buffer. */
function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
	let offset = 0;
	for (const p of parts) {
		out.set(p, offset);
		offset += p.byteLength;
	}
	return out;
}

/** Drain an async byte stream into one buffer. */
export async function collectBytes(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	for await (const chunk of chunks) parts.push(chunk);
	return concatBytes(parts);
}
