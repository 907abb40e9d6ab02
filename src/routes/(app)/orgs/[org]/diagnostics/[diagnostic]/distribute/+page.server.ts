import { fail } from '@sveltejs/kit';
import { FUNCTION_QUESTION, LEVEL_QUESTION } from '$lib/domain/instrument';
import {
	invitationSchema,
	linkIdSchema,
	MAX_EMAILS_PER_POST,
	parseEmailList,
	reminderSchema,
	surveyLinkSchema
} from '$lib/forms/diagnostic';
import type { Locale } from '$lib/i18n/locales';
import { diagnostics as messages } from '$lib/i18n/messages/diagnostics';
import { requireDiagnostic } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { formError, parseForm } from '$lib/server/forms';
import { surveyUrl } from '$lib/server/mailer';
import { qrCodeDataUrl } from '$lib/server/qr';
import {
	createInvitations,
	createSurveyLink,
	invitationSummary,
	listSurveyLinks,
	renewPendingInvitations,
	revokeSurveyLink,
	type SurveyLinkInput
} from '$lib/server/survey-access';
import type { Actions, PageServerLoad } from './$types';
import { deliver, smtpConfigured } from './deliver';

export const load: PageServerLoad = async (event) => {
	const { diagnostic } = await requireDiagnostic(event, 'admin');
	const [links, invitations] = await Promise.all([
		listSurveyLinks(db(), diagnostic.id),
		invitationSummary(db(), diagnostic.id)
	]);
	return {
		links: links.map(({ id, label, presetLevel, presetFunction, createdAt }) => ({
			id,
			label,
			presetLevel,
			presetFunction,
			createdAt
		})),
		invitations,
		smtp: smtpConfigured(),
		languages: diagnostic.languages
	};
};

/** An audience link without a label is named after its audience, in the organiser's language. */
function linkLabel(input: SurveyLinkInput, locale: Locale): string {
	if (input.label) return input.label;
	const parts = [
		LEVEL_QUESTION.options.find((o) => o.id === input.presetLevel)?.label[locale],
		FUNCTION_QUESTION.options.find((o) => o.id === input.presetFunction)?.label[locale]
	].filter(Boolean);
	return parts.length > 0 ? parts.join(' · ') : messages[locale].distribute.generalLabel;
}

export const actions: Actions = {
	createLink: async (event) => {
		const { diagnostic } = await requireDiagnostic(event, 'admin');
		const parsed = await parseForm(event.request, surveyLinkSchema);
		if (!parsed.ok) return parsed.failure;
		const input = { ...parsed.data, label: linkLabel(parsed.data, event.locals.locale) };
		const token = await createSurveyLink(db(), diagnostic.id, input);
		const url = surveyUrl(event.url.origin, token);
		// Shown in this response only: the database keeps the token's hash, never the token.
		return { createdLink: { label: input.label, url, qr: await qrCodeDataUrl(url) } };
	},
	revokeLink: async (event) => {
		const { diagnostic } = await requireDiagnostic(event, 'admin');
		const parsed = await parseForm(event.request, linkIdSchema);
		if (!parsed.ok) return parsed.failure;
		await revokeSurveyLink(db(), diagnostic.id, parsed.data.linkId);
		return { revoked: true };
	},
	invite: async (event) => {
		const { organisation, diagnostic } = await requireDiagnostic(event, 'admin');
		const parsed = await parseForm(event.request, invitationSchema);
		if (!parsed.ok) return parsed.failure;
		const values = { emails: parsed.data.emails, language: parsed.data.language };
		if (diagnostic.status !== 'open') return formError(409, 'not_open', values);
		const list = parseEmailList(parsed.data.emails);
		// All or nothing: with one bad line nothing is sent, so that the corrected paste can be
		// sent again as a whole (addresses already invited would be skipped anyway).
		if (list.invalid.length > 0) {
			return fail(400, {
				errors: { emails: 'invalid_email_lines' },
				values,
				invalidLines: list.invalid
			});
		}
		if (list.emails.length === 0) return fail(400, { errors: { emails: 'required' }, values });
		if (list.emails.length > MAX_EMAILS_PER_POST) {
			return fail(400, { errors: { emails: 'too_many_emails' }, values });
		}
		const created = await createInvitations(db(), diagnostic.id, list.emails);
		const delivery = await deliver(created, {
			locale: parsed.data.language,
			title: diagnostic.title,
			organisation: organisation.name,
			origin: event.url.origin,
			reminder: false
		});
		const skipped = list.duplicates + list.emails.length - created.length;
		return { invited: { created: created.length, skipped, delivery } };
	},
	remind: async (event) => {
		const { organisation, diagnostic } = await requireDiagnostic(event, 'admin');
		const parsed = await parseForm(event.request, reminderSchema);
		if (!parsed.ok) return parsed.failure;
		if (diagnostic.status !== 'open') return formError(409, 'not_open');
		const renewed = await renewPendingInvitations(db(), diagnostic.id);
		const delivery = await deliver(renewed, {
			locale: parsed.data.language,
			title: diagnostic.title,
			organisation: organisation.name,
			origin: event.url.origin,
			reminder: true
		});
		return { reminded: { count: renewed.length, delivery } };
	}
};
