// The audit's own PostgreSQL database: brand new, throttles lifted, dropped afterwards.
import postgres from 'postgres';

/**
 * A new, empty database on the PostgreSQL server of `adminUrl`.
 * @param {string} adminUrl
 * @returns {Promise<{ url: string, drop: () => Promise<void> }>}
 */
export async function createDatabase(adminUrl) {
	const name = `accord_sqlmap_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`create database ${name}`);
	} finally {
		await admin.end();
	}
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		async drop() {
			const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
			try {
				await cleanup.unsafe(`drop database if exists ${name} with (force)`);
			} finally {
				await cleanup.end();
			}
		}
	};
}

/**
 * Lets every attempt through the app's throttles, in the audit's own database only: sqlmap sends
 * thousands of requests from one address, and a 429 would hide the handlers behind it. The
 * counters still count (the upsert runs); each row just never goes past 1.
 * @param {string} databaseUrl
 */
export async function disableThrottling(databaseUrl) {
	const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
	try {
		await sql.unsafe(`
			create function audit_no_throttle() returns trigger language plpgsql as $$
			begin new.count := 1; return new; end $$;
			create trigger audit_no_throttle before insert or update on rate_limits
				for each row execute function audit_no_throttle();`);
	} finally {
		await sql.end();
	}
}
