// The HTTP client the audits seed with: a browser without JavaScript, in a few lines.

/** A cookie-keeping client that never follows redirects and sends a browser's Origin header. */
export class HttpClient {
	/** @type {Map<string, string>} */
	cookies = new Map();

	/** @param {string} baseUrl */
	constructor(baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** The Cookie header this client sends. */
	cookieHeader() {
		return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
	}

	/** @param {Response} response */
	remember(response) {
		for (const line of response.headers.getSetCookie()) {
			const [pair = '', ...attributes] = line.split(';');
			const index = pair.indexOf('=');
			const name = pair.slice(0, index).trim();
			const value = pair.slice(index + 1).trim();
			const expired = attributes.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
			if (expired || value === '') this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
	}

	/** @param {string} path */
	async get(path) {
		const response = await fetch(new URL(path, this.baseUrl), {
			redirect: 'manual',
			headers: { accept: 'text/html', cookie: this.cookieHeader() }
		});
		this.remember(response);
		return response;
	}

	/**
	 * @param {string} path
	 * @param {URLSearchParams | Record<string, string>} fields
	 */
	async post(path, fields) {
		const response = await fetch(new URL(path, this.baseUrl), {
			method: 'POST',
			redirect: 'manual',
			headers: {
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded',
				origin: new URL(this.baseUrl).origin,
				cookie: this.cookieHeader()
			},
			body: new URLSearchParams(fields).toString()
		});
		this.remember(response);
		return response;
	}
}
