import { request as httpRequest } from 'node:http';
import { encodeBody, looseUtf8, type Encoding, type Part } from './encode';

/** What came back, read once. */
export interface Outcome {
	status: number;
	contentType: string;
	body: string;
}

/** A path segment or query value percent-encoded byte for byte (lone surrogates included). */
export function encodeSegment(text: string): string {
	return [...looseUtf8(text)]
		.map((byte) => {
			const char = String.fromCharCode(byte);
			return /[A-Za-z0-9\-._~]/.test(char)
				? char
				: `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
		})
		.join('');
}

export interface FuzzRequest {
	method: 'GET' | 'POST';
	path: string;
	cookies: Record<string, string>;
	parts?: Part[];
	encoding?: Encoding;
	accept?: string;
	/** Read only the first chunk of the answer (an event stream never ends by itself). */
	stream?: boolean;
}

/**
 * Sends one request as a browser on the app's own origin would (valid Origin, its cookies), on a
 * connection of its own: a server may close a connection whose hostile body it did not read, and
 * a pooled connection would then fail the next request for reasons that are not the server's.
 */
export async function send(baseUrl: string, request: FuzzRequest): Promise<Outcome> {
	const url = new URL(baseUrl);
	const headers: Record<string, string> = {
		accept: request.accept ?? 'text/html,application/xhtml+xml',
		cookie: Object.entries(request.cookies)
			.map(([name, value]) => `${name}=${value}`)
			.join('; ')
	};
	let body: Uint8Array | undefined;
	if (request.method === 'POST') {
		headers.origin = url.origin;
		const encoded = encodeBody(request.parts ?? [], request.encoding ?? 'urlencoded');
		if (encoded.contentType) headers['content-type'] = encoded.contentType;
		body = encoded.body;
		headers['content-length'] = String(body?.length ?? 0);
	}
	return new Promise<Outcome>((resolve, reject) => {
		const outgoing = httpRequest(
			{
				host: url.hostname,
				port: url.port,
				method: request.method,
				path: request.path,
				headers,
				agent: false
			},
			(response) => {
				const status = response.statusCode ?? 0;
				const contentType = String(response.headers['content-type'] ?? '');
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => {
					chunks.push(chunk);
					if (request.stream) response.destroy();
				});
				const done = () =>
					resolve({ status, contentType, body: Buffer.concat(chunks).toString('utf8') });
				response.on('end', done);
				response.on('close', done);
				response.on('error', reject);
			}
		);
		outgoing.on('error', reject);
		outgoing.end(body ? Buffer.from(body) : undefined);
	});
}
