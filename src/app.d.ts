import type { Locale } from '$lib/i18n/locales';
import type { Session, SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Error {
			message: string;
			id?: string;
		}
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			locale: Locale;
		}
	}
}

export {};
