/** Organisation roles, from most to least powerful. */
export const roles = ['owner', 'admin', 'consultant', 'viewer'] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { viewer: 1, consultant: 2, admin: 3, owner: 4 };

/** Roles are ordered: each one can do everything the ones below it can. */
export function hasRole(actual: Role, minimum: Role): boolean {
	return rank[actual] >= rank[minimum];
}

/** Roles an invitation can grant: ownership is only ever given by an owner, explicitly. */
export const invitableRoles = ['admin', 'consultant', 'viewer'] as const satisfies readonly Role[];
