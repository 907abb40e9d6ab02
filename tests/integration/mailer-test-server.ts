import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	to: string[];
	subject: string;
	/** The decoded text body. */
	text: string;
}

export interface TestMailServer {
	port: number;
	url: string;
	received: ReceivedMail[];
	close(): Promise<void>;
}

/** Quoted-printable and base64 bodies, as nodemailer writes them, back to text. */
function decodeBody(headers: string, body: string): string {
	if (/content-transfer-encoding:\s*base64/i.test(headers)) {
		return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
	}
	if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
		const joined = body.replace(/=\r?\n/g, '');
		const bytes: number[] = [];
		for (let i = 0; i < joined.length; i++) {
			const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
			if (/^[0-9A-F]{2}$/i.test(hex)) {
				bytes.push(parseInt(hex, 16));
				i += 2;
			} else {
				bytes.push(...Buffer.from(joined[i]!, 'utf8'));
			}
		}
		return Buffer.from(bytes).toString('utf8');
	}
	return body;
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) in a header. */
function decodeHeader(value: string): string {
	return value
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
			kind.toLowerCase() === 'b'
				? Buffer.from(text, 'base64').toString('utf8')
				: decodeBody('content-transfer-encoding: quoted-printable', text.replace(/_/g, ' '))
		);
}

function parse(raw: string, to: string[]): ReceivedMail {
	const split = raw.indexOf('\r\n\r\n');
	const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
	const body = raw.slice(split + 4);
	const subject = /^subject:\s*(.*)$/im.exec(headers)?.[1] ?? '';
	return { to, subject: decodeHeader(subject), text: decodeBody(headers, body) };
}

/**
 * An in-process SMTP server that accepts everything (no auth, no TLS) and keeps each message.
 * `reject` makes it refuse some recipients, to test partial failures.
 */
export async function startMailServer(
	reject: (address: string) => boolean = () => false
): Promise<TestMailServer> {
	const received: ReceivedMail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onRcptTo(address, _session, callback) {
			if (reject(address.address)) callback(new Error('mailbox unavailable'));
			else callback();
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				const to = session.envelope.rcptTo.map((r) => r.address);
				received.push(parse(Buffer.concat(chunks).toString('utf8'), to));
				callback();
			});
		}
	});
	const port = await new Promise<number>((resolve, reject) => {
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.server.address();
			resolve(typeof address === 'object' && address ? address.port : 0);
		});
	});
	return {
		port,
		url: `smtp://127.0.0.1:${port}`,
		received,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
