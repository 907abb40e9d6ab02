/**
 * A minimal browser stand-in for HTTP tests: keeps cookies, never follows redirects, and sends
 * the Origin header a browser would send with a same-origin form post.
 */
export class HttpClient {
	readonly cookies = new Map<string, string>();
	lastSetCookies: string[] = [];

	constructor(
		readonly baseUrl: string,
		private readonly extraHeaders: Record<string, string> = {}
	) {}

	private cookieHeader(): string {
		return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
	}

	private remember(response: Response): void {
		this.lastSetCookies = response.headers.getSetCookie();
		for (const line of this.lastSetCookies) {
			const [pair = '', ...attributes] = line.split(';');
			const index = pair.indexOf('=');
			const name = pair.slice(0, index).trim();
			const value = pair.slice(index + 1).trim();
			const expired = attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
			if (expired || value === '') this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
	}

	async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
		const response = await fetch(new URL(path, this.baseUrl), {
			redirect: 'manual',
			headers: {
				accept: 'text/html',
				cookie: this.cookieHeader(),
				...this.extraHeaders,
				...headers
			}
		});
		this.remember(response);
		return response;
	}

	async post(
		path: string,
		fields: Record<string, string>,
		headers: Record<string, string> = {}
	): Promise<Response> {
		const response = await fetch(new URL(path, this.baseUrl), {
			method: 'POST',
			redirect: 'manual',
			headers: {
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded',
				origin: new URL(this.baseUrl).origin,
				cookie: this.cookieHeader(),
				...this.extraHeaders,
				...headers
			},
			body: new URLSearchParams(fields).toString()
		});
		this.remember(response);
		return response;
	}
}

let counter = 0;
/** A unique, valid email for one test. */
export function uniqueEmail(prefix = 'user'): string {
	counter += 1;
	return `${prefix}.${Date.now().toString(36)}.${counter}@example.com`;
}

export const PASSWORD = 'correct horse battery staple';

/** Signs up a new account through the real form; returns the logged-in client. */
export async function signUp(
	baseUrl: string,
	options: { name?: string; email?: string; password?: string; ip?: string } = {}
): Promise<{ client: HttpClient; email: string }> {
	const email = options.email ?? uniqueEmail();
	const client = new HttpClient(baseUrl, options.ip ? { 'x-forwarded-for': options.ip } : {});
	const response = await client.post('/signup', {
		name: options.name ?? 'Test User',
		email,
		password: options.password ?? PASSWORD
	});
	if (response.status !== 303) {
		throw new Error(`sign-up failed with ${response.status}: ${await response.text()}`);
	}
	return { client, email };
}
