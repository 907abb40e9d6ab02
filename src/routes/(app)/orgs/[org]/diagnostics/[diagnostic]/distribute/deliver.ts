import { env } from '$env/dynamic/private';
import type { Delivery } from '$lib/components/diagnostics/types';
import type { Locale } from '$lib/i18n/locales';
import { createMailer, sendInvitations, surveyUrl } from '$lib/server/mailer';

export function smtpConfigured(): boolean {
	return Boolean(env.SMTP_URL);
}

export interface DeliveryContext {
	locale: Locale;
	title: string;
	organisation: string;
	origin: string;
	reminder: boolean;
}

/** Emails the personal links when SMTP_URL is set, otherwise hands them back to show. */
export async function deliver(
	invitations: readonly { email: string; token: string }[],
	context: DeliveryContext
): Promise<Delivery> {
	const mailer = createMailer({
		smtpUrl: env.SMTP_URL,
		from: env.SMTP_FROM,
		origin: context.origin
	});
	if (!mailer) {
		return {
			mode: 'links',
			links: invitations.map(({ email, token }) => ({
				email,
				url: surveyUrl(context.origin, token)
			}))
		};
	}
	try {
		return { mode: 'email', ...(await sendInvitations(mailer, invitations, context)) };
	} finally {
		mailer.close();
	}
}
