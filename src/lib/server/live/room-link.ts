/**
 * The survey link shown as a QR code in the room. Only its hash is stored, so the presenter's
 * browser keeps the token in a cookie limited to the live page: a refresh (the page's fallback
 * without JavaScript) shows the same code instead of asking for a new one.
 */
import { dev } from '$app/environment';
import type { Cookies } from '@sveltejs/kit';
import type { Database } from '../db/client';
import { surveyUrl } from '../mailer';
import { qrCodeDataUrl } from '../qr';
import { createSurveyLink, resolveSurveyToken } from '../survey-access';

export const ROOM_LINK_COOKIE = 'accord_live_room';
const TOKEN_PATTERN = /^[a-z2-7]{32}$/;

export interface RoomLink {
	url: string;
	/** PNG data URL of the QR code. */
	qr: string;
}

export function livePath(organisationId: string, diagnosticId: string): string {
	return `/orgs/${organisationId}/diagnostics/${diagnosticId}/live`;
}

/** Creates a general survey link for the room and remembers it for this live page. */
export async function createRoomLink(
	db: Database,
	cookies: Cookies,
	target: { organisationId: string; diagnosticId: string; label: string }
): Promise<void> {
	const token = await createSurveyLink(db, target.diagnosticId, {
		label: target.label,
		presetLevel: null,
		presetFunction: null
	});
	cookies.set(ROOM_LINK_COOKIE, token, {
		path: livePath(target.organisationId, target.diagnosticId),
		httpOnly: true,
		sameSite: 'strict',
		secure: !dev,
		maxAge: 60 * 60 * 12
	});
}

/** The room's link of this diagnostic, while it still opens the survey; else null. */
export async function readRoomLink(
	db: Database,
	cookies: Cookies,
	target: { organisationId: string; diagnosticId: string; origin: string }
): Promise<RoomLink | null> {
	const token = cookies.get(ROOM_LINK_COOKIE);
	if (!token || !TOKEN_PATTERN.test(token)) return null;
	const access = await resolveSurveyToken(db, token);
	if (access?.kind !== 'link' || access.diagnostic.id !== target.diagnosticId) {
		cookies.delete(ROOM_LINK_COOKIE, {
			path: livePath(target.organisationId, target.diagnosticId)
		});
		return null;
	}
	const url = surveyUrl(target.origin, token);
	return { url, qr: await qrCodeDataUrl(url) };
}
