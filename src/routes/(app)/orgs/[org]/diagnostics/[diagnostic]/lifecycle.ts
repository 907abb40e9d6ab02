import { fail, redirect, type ActionFailure, type RequestEvent } from '@sveltejs/kit';
import { lifecycleSchema } from '$lib/forms/diagnostic';
import type { OrganisationAccess } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { changeStatus, type Diagnostic, type LifecycleAction } from '$lib/server/diagnostics';
import { parseForm } from '$lib/server/forms';

/**
 * Applies one status change for an already authorised owner or admin, then goes back to the page
 * the button was on. A change the current status does not allow is 409, and nothing changes;
 * so is reopening a diagnostic whose raw answers were deleted under the retention setting.
 */
export async function applyLifecycle(
	event: RequestEvent,
	access: OrganisationAccess & { diagnostic: Diagnostic },
	action: LifecycleAction
): Promise<ActionFailure<{ message: string }>> {
	const parsed = await parseForm(event.request, lifecycleSchema);
	const from = parsed.ok ? parsed.data.from : 'overview';
	const { organisation, diagnostic } = access;
	if (action === 'reopen' && diagnostic.rawAnswersDeletedAt) {
		return fail(409, { message: 'raw_answers_deleted' });
	}
	const changed = await changeStatus(db(), organisation.id, diagnostic.id, action);
	if (!changed) return fail(409, { message: 'invalid_transition' });
	const base = `/orgs/${organisation.id}/diagnostics/${diagnostic.id}`;
	redirect(303, from === 'overview' ? base : `${base}/${from}`);
}
