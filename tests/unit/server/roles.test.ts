import { describe, expect, it } from 'vitest';
import { hasRole, roles } from '$lib/domain/roles';

describe('roles', () => {
	it('orders owner > admin > consultant > viewer', () => {
		const table = roles.map((actual) => roles.map((minimum) => hasRole(actual, minimum)));
		expect(table).toEqual([
			[true, true, true, true],
			[false, true, true, true],
			[false, false, true, true],
			[false, false, false, true]
		]);
	});
});
