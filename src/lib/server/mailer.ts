/**
 * Survey invitations by email, through the SMTP server of `SMTP_URL`. Without it there is no
 * mailer and the distribution page shows the personal links instead.
 *
 * Nothing here logs an address, a link or a token: a failure is reported by its error code only.
 */
import nodemailer from 'nodemailer';
import { diagnostics as messages } from '$lib/i18n/messages/diagnostics';
import type { Locale } from '$lib/i18n/locales';

export interface OutgoingMail {
	to: string;
	subject: string;
	text: string;
}

export interface Mailer {
	send(mail: OutgoingMail): Promise<void>;
	close(): void;
}

export interface MailerConfig {
	smtpUrl: string | undefined;
	/** `SMTP_FROM`, else a no-reply address at the app's own host. */
	from: string | undefined;
	origin: string;
}

/** One mailer per request: a small pool, closed once the batch is sent. */
export function createMailer(config: MailerConfig): Mailer | null {
	if (!config.smtpUrl) return null;
	const transport = nodemailer.createTransport({
		url: config.smtpUrl,
		pool: true,
		maxConnections: 3,
		// A dead server must not hold the organiser's request for minutes.
		connectionTimeout: 10_000,
		greetingTimeout: 10_000,
		socketTimeout: 30_000
	});
	const from = config.from || `Accord <no-reply@${new URL(config.origin).hostname}>`;
	return {
		async send(mail) {
			await transport.sendMail({ from, ...mail });
		},
		close() {
			transport.close();
		}
	};
}

/** A subject line cannot carry a line break (header injection), whatever the title holds. */
function oneLine(text: string): string {
	return text.replace(/[\r\n]+/g, ' ').trim();
}

export interface InvitationContext {
	locale: Locale;
	title: string;
	organisation: string;
	/** The app's public address, e.g. https://accord.example.com. */
	origin: string;
	reminder: boolean;
}

export function surveyUrl(origin: string, token: string): string {
	return `${origin}/s/${token}`;
}

export function invitationMail(
	to: string,
	token: string,
	context: InvitationContext
): OutgoingMail {
	const m = messages[context.locale].email;
	const title = oneLine(context.title);
	return {
		to,
		subject: context.reminder ? m.reminderSubject(title) : m.subject(title),
		text: m.body(oneLine(context.organisation), surveyUrl(context.origin, token))
	};
}

export interface SendOutcome {
	sent: number;
	failed: number;
}

/** Sends one personal email per invitation; a failed one does not stop the others. */
export async function sendInvitations(
	mailer: Mailer,
	invitations: readonly { email: string; token: string }[],
	context: InvitationContext
): Promise<SendOutcome> {
	const results = await Promise.allSettled(
		invitations.map(({ email, token }) => mailer.send(invitationMail(email, token, context)))
	);
	const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
	if (failures.length > 0) {
		const codes = [...new Set(failures.map((f) => errorCode(f.reason)))].join(', ');
		console.error(`[mailer] ${failures.length} of ${results.length} emails failed (${codes})`);
	}
	return { sent: results.length - failures.length, failed: failures.length };
}

/** Only the code: SMTP error messages may quote the recipient. */
function errorCode(error: unknown): string {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'string' ? code : 'unknown';
}
