/**
 * The submit benchmark's baseline (DESIGN.md §8): a bare Node HTTP server that reads the same
 * form body as the survey's final submit, parses it, and inserts one row with postgres.js, then
 * answers as the app does (303 to a thank-you address). Nothing else: no routing, validation,
 * rendering, rate limit or idempotency receipt. Plain JavaScript so that Node runs it as is.
 *
 * Environment: DATABASE_URL (the table `bench_baseline` must exist), PORT, DATABASE_POOL_SIZE
 * (default 10, as the app). Prints "listening" once it accepts connections.
 */
import { createServer } from 'node:http';
import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL, {
	max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
	onnotice: () => {}
});

const server = createServer((request, response) => {
	if (request.method !== 'POST') {
		response.writeHead(405).end();
		return;
	}
	const chunks = [];
	request.on('data', (chunk) => chunks.push(chunk));
	request.on('end', async () => {
		const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
		const key = form.get('key');
		const answers = {};
		for (const [name, value] of form) {
			if (name !== 'key' && name !== 'to' && name !== 'step' && !(name in answers)) {
				answers[name] = value;
			}
		}
		try {
			await sql`insert into bench_baseline (key, answers) values (${key}, ${sql.json(answers)})`;
			response.writeHead(303, { location: '/thanks', 'content-length': '0' }).end();
		} catch (error) {
			console.error(error);
			response.writeHead(500, { 'content-length': '0' }).end();
		}
	});
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));

process.on('SIGTERM', () => {
	server.close();
	sql.end({ timeout: 2 }).then(() => process.exit(0));
});
