/**
 * A same-site path to send the user to after a form, or the fallback. Anything that could
 * leave the site (absolute URLs, protocol-relative `//host`, backslashes) is refused.
 */
export function safeRedirectTarget(value: unknown, fallback: string): string {
	if (typeof value !== 'string' || value.length > 2000) return fallback;
	if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return fallback;
	return value;
}
