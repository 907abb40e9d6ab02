/**
 * Request bodies as a hostile client sends them: byte for byte, including what a browser never
 * sends (lone surrogates as raw bytes, duplicate fields, broken multipart, the wrong content type).
 */

export interface TextPart {
	name: string;
	value: string;
}

export interface FilePart {
	name: string;
	file: { filename: string; type: string; content: string | Uint8Array };
}

export type Part = TextPart | FilePart;

export type Encoding = 'urlencoded' | 'multipart' | 'json' | 'text' | 'broken-multipart' | 'empty';

export interface EncodedBody {
	contentType: string | undefined;
	body: Uint8Array | undefined;
}

/**
 * UTF-8 that keeps lone surrogates as their three-byte (invalid) sequences instead of throwing
 * or replacing them, so the server meets them as they are.
 */
export function looseUtf8(text: string): Uint8Array {
	const bytes: number[] = [];
	for (let index = 0; index < text.length; index += 1) {
		let code = text.charCodeAt(index);
		const next = text.charCodeAt(index + 1);
		if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
			code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
			index += 1;
		}
		if (code < 0x80) bytes.push(code);
		else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
		else if (code < 0x10000) {
			bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
		} else {
			bytes.push(
				0xf0 | (code >> 18),
				0x80 | ((code >> 12) & 63),
				0x80 | ((code >> 6) & 63),
				0x80 | (code & 63)
			);
		}
	}
	return Uint8Array.from(bytes);
}

function percentEncode(text: string): string {
	let out = '';
	for (const byte of looseUtf8(text)) {
		const char = String.fromCharCode(byte);
		out += /[A-Za-z0-9*\-._]/.test(char)
			? char
			: `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
	}
	return out;
}

function concat(chunks: (string | Uint8Array)[]): Uint8Array {
	const arrays = chunks.map((chunk) => (typeof chunk === 'string' ? looseUtf8(chunk) : chunk));
	const out = new Uint8Array(arrays.reduce((sum, array) => sum + array.length, 0));
	let offset = 0;
	for (const array of arrays) {
		out.set(array, offset);
		offset += array.length;
	}
	return out;
}

function multipart(parts: Part[], boundary: string): Uint8Array {
	const chunks: (string | Uint8Array)[] = [];
	for (const part of parts) {
		chunks.push(`--${boundary}\r\n`);
		if ('file' in part) {
			chunks.push(
				`Content-Disposition: form-data; name="${part.name}"; filename="${part.file.filename}"\r\n`,
				`Content-Type: ${part.file.type}\r\n\r\n`,
				part.file.content,
				'\r\n'
			);
		} else {
			chunks.push(
				`Content-Disposition: form-data; name="${part.name}"\r\n\r\n`,
				part.value,
				'\r\n'
			);
		}
	}
	chunks.push(`--${boundary}--\r\n`);
	return concat(chunks);
}

/** A JSON document with the parts as keys (files as their text), repeated keys kept in arrays. */
function asJson(parts: Part[]): string {
	const object: Record<string, unknown> = {};
	for (const part of parts) {
		const value =
			'file' in part
				? typeof part.file.content === 'string'
					? part.file.content
					: [...part.file.content]
				: part.value;
		object[part.name] = part.name in object ? [object[part.name], value] : value;
	}
	return JSON.stringify({ data: [object, { nested: { deeper: [object] } }] });
}

export function encodeBody(parts: Part[], encoding: Encoding): EncodedBody {
	const boundary = '----accordfuzz7MA4YWxkTrZu0gW';
	switch (encoding) {
		case 'urlencoded':
			return {
				contentType: 'application/x-www-form-urlencoded',
				body: looseUtf8(
					parts
						.map((part) => {
							const value = 'file' in part ? String(part.file.content) : part.value;
							return `${percentEncode(part.name)}=${percentEncode(value)}`;
						})
						.join('&')
				)
			};
		case 'multipart':
			return {
				contentType: `multipart/form-data; boundary=${boundary}`,
				body: multipart(parts, boundary)
			};
		case 'broken-multipart': {
			// Announces one boundary, uses another, and stops in the middle of a part.
			const body = multipart(parts, 'not-the-announced-boundary');
			return {
				contentType: `multipart/form-data; boundary=${boundary}`,
				body: body.slice(0, Math.max(1, Math.floor(body.length / 2)))
			};
		}
		case 'json':
			return { contentType: 'application/json', body: looseUtf8(asJson(parts)) };
		case 'text':
			return { contentType: 'text/plain', body: looseUtf8(asJson(parts)) };
		case 'empty':
			return { contentType: undefined, body: undefined };
	}
}
