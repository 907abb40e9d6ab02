import type { OwnershipChoice, SoleOwnedOrganisation } from '$lib/server/users';

export type ChoiceProblem = 'required' | 'both';

/** The form fields of one organisation's decision. */
export const transferField = (organisationId: string) => `transfer:${organisationId}`;
export const deleteField = (organisationId: string) => `delete:${organisationId}`;

/**
 * Reads the decision for each organisation the user owns alone: a member to hand it to, or the
 * explicit deletion box, exactly one of the two. A member who is not in the organisation counts
 * as no choice at all.
 */
export function resolveOwnershipChoices(
	owned: SoleOwnedOrganisation[],
	fields: Record<string, string>
):
	| { ok: true; choices: Record<string, OwnershipChoice> }
	| { ok: false; problems: Record<string, ChoiceProblem> } {
	const choices: Record<string, OwnershipChoice> = {};
	const problems: Record<string, ChoiceProblem> = {};
	for (const organisation of owned) {
		const to = fields[transferField(organisation.id)] ?? '';
		const transfer = organisation.members.some((m) => m.userId === to) ? to : undefined;
		const remove = fields[deleteField(organisation.id)] === 'yes';
		if (transfer && remove) problems[organisation.id] = 'both';
		else if (transfer) choices[organisation.id] = { kind: 'transfer', to: transfer };
		else if (remove) choices[organisation.id] = { kind: 'delete' };
		else problems[organisation.id] = 'required';
	}
	return Object.keys(problems).length > 0 ? { ok: false, problems } : { ok: true, choices };
}
