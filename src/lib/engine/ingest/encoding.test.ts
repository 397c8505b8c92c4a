import { describe, expect, it } from 'vitest';
import { decodeSample, detectEncoding, transcodeToUtf8, type Encoding } from './encoding';
import { chunked, collect } from '$tests/helpers/ingest';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => Uint8Array.from(b);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, le: boolean): Uint8Array {
	const out: number[] = [];
	for (let i = 0; i < s.length; i++) {
		const u = s.charCodeAt(i);
		out.push(...(le ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
	}
	return Uint8Array.from(out);
}

// GBK bytes of known strings, from the GB2312 code table.
const GBK: [string, number[]][] = [
	['订单号', [0xb6, 0xa9, 0xb5, 0xa5, 0xba, 0xc5]],
	['会员卡号', [0xbb, 0xe1, 0xd4, 0xb1, 0xbf, 0xa8, 0xba, 0xc5]],
	['数量', [0xca, 0xfd, 0xc1, 0xbf]],
	['金额', [0xbd, 0xf0, 0xb6, 0xee]]
];
const gbk = (s: string) => {
	const out: number[] = [];
	for (const part of s.split(/([,\n0-9.]+)/)) {
		if (!part) continue;
		const known = GBK.find(([t]) => t === part);
		out.push(...(known ? known[1] : [...utf8(part)]));
	}
	return Uint8Array.from(out);
};
const gbkText =
	'订单号,会员卡号,数量,金额\n1001,88,2,12.5\n1002,89,1,3\n订单号,金额,数量,会员卡号\n';

describe('detectEncoding', () => {
	it.each<[string, Uint8Array, Encoding, number, boolean]>([
		['UTF-8 BOM', concat(bytes(0xef, 0xbb, 0xbf), utf8('a,b\n')), 'utf-8', 3, true],
		['UTF-16LE BOM', concat(bytes(0xff, 0xfe), utf16('a,b\n', true)), 'utf-16le', 2, true],
		['UTF-16BE BOM', concat(bytes(0xfe, 0xff), utf16('a,b\n', false)), 'utf-16be', 2, true],
		['UTF-16LE without BOM', utf16('id,name\n1,José\n', true), 'utf-16le', 0, true],
		['UTF-16BE without BOM', utf16('id,name\n1,José\n', false), 'utf-16be', 0, true],
		['plain ASCII', utf8('id,amount\n1,2.5\n'), 'utf-8', 0, true],
		['UTF-8 Chinese', utf8('订单号,金额\n1,¥12\n'), 'utf-8', 0, true],
		['UTF-8 cut inside a 3-byte char', utf8('订单号,金额').subarray(0, 8), 'utf-8', 0, true],
		['UTF-8 cut inside a 4-byte char', utf8('a😀').subarray(0, 3), 'utf-8', 0, true],
		['GBK Chinese', gbk(gbkText), 'gb18030', 0, true],
		[
			'windows-1252 £ and é',
			bytes(...utf8('Price,Name\n'), 0xa3, 0x35, 0x2c, 0x43, 0x61, 0x66, 0xe9, 0x0a),
			'windows-1252',
			0,
			true
		],
		[
			'windows-1252 ü before a letter',
			bytes(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a),
			'windows-1252',
			0,
			true
		],
		['invalid UTF-8 continuation', bytes(0x61, 0xc3, 0x28), 'windows-1252', 0, true],
		['overlong UTF-8 is not UTF-8', bytes(0x61, 0xc0, 0x2f), 'windows-1252', 0, true],
		['empty', bytes(), 'utf-8', 0, true]
	])('%s', (_, sample, encoding, bom, confident) => {
		expect(detectEncoding(sample)).toEqual({ encoding, bom, confident });
	});

	it('is unsure about a single GBK pair', () => {
		expect(detectEncoding(bytes(0x61, 0xb6, 0xa9, 0x62))).toEqual({
			encoding: 'gb18030',
			bom: 0,
			confident: false
		});
	});
});

describe('decodeSample', () => {
	it.each<[string, Uint8Array, Encoding, string]>([
		['strips the UTF-8 BOM', concat(bytes(0xef, 0xbb, 0xbf), utf8('a,b')), 'utf-8', 'a,b'],
		['strips the UTF-16LE BOM', concat(bytes(0xff, 0xfe), utf16('José', true)), 'utf-16le', 'José'],
		[
			'strips the UTF-16BE BOM',
			concat(bytes(0xfe, 0xff), utf16('José', false)),
			'utf-16be',
			'José'
		],
		['drops a cut UTF-8 char', utf8('数量').subarray(0, 5), 'utf-8', '数'],
		['drops a cut GBK char', gbk('数量').subarray(0, 3), 'gb18030', '数'],
		['decodes GBK', gbk(gbkText), 'gb18030', gbkText],
		[
			'decodes 1252',
			bytes(0xa3, 0x35, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x80),
			'windows-1252',
			'£5 Café €'
		]
	])('%s', (_, sample, encoding, text) => expect(decodeSample(sample, encoding)).toBe(text));
});

describe('transcodeToUtf8', () => {
	const cases: [string, Uint8Array, Encoding, string][] = [
		['GBK', gbk(gbkText), 'gb18030', gbkText],
		[
			'UTF-16LE with BOM',
			concat(bytes(0xff, 0xfe), utf16('José Müller\t😀\r\n', true)),
			'utf-16le',
			'José Müller\t😀\r\n'
		],
		['UTF-16BE', utf16('Zoë,Łódź\n', false), 'utf-16be', 'Zoë,Łódź\n'],
		[
			'windows-1252',
			bytes(0x43, 0x61, 0x66, 0xe9, 0x2c, 0xa3, 0x31, 0x0a),
			'windows-1252',
			'Café,£1\n'
		],
		['UTF-8 with BOM', concat(bytes(0xef, 0xbb, 0xbf), utf8('订单号,😀\n')), 'utf-8', '订单号,😀\n']
	];

	it.each(cases)('%s survives every chunk split byte-exact', async (_, input, encoding, text) => {
		const expected = utf8(text);
		for (let cut = 0; cut <= input.length; cut++) {
			const out = await collect(transcodeToUtf8(chunked(input, [cut, cut + 1]), encoding));
			expect(out).toEqual(expected);
		}
	});

	it('replaces invalid UTF-8 instead of passing it to DuckDB', async () => {
		const out = await collect(transcodeToUtf8(chunked(bytes(0x61, 0xff, 0x62), []), 'utf-8'));
		expect(new TextDecoder().decode(out)).toBe('a\ufffdb');
	});

	it('reports every input byte', async () => {
		const input = gbk(gbkText);
		let seen = 0;
		await collect(transcodeToUtf8(chunked(input, [3, 10]), 'gb18030', (n) => (seen += n)));
		expect(seen).toBe(input.length);
	});
});
