import { openDatabase, type DatabaseHandle } from '../../src/lib/server/db/client';
import postgres from 'postgres';

export type DatabaseKind = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL points at a server. */
export function databaseKinds(): DatabaseKind[] {
	return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

function adminUrl(): string {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) throw new Error('TEST_DATABASE_URL is not set');
	return url;
}

/** A brand-new PostgreSQL database on the test server; returns its URL and how to drop it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
	const name = `accord_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
	const admin = postgres(adminUrl(), { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	await admin.end();
	const url = new URL(adminUrl());
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		async drop() {
			const cleanup = postgres(adminUrl(), { max: 1, onnotice: () => {} });
			await cleanup.unsafe(`drop database if exists ${name} with (force)`);
			await cleanup.end();
		}
	};
}

export interface TestDatabase extends DatabaseHandle {
	/** Closes the connection and removes everything the test created. */
	destroy(): Promise<void>;
}

/** A fresh, fully migrated database of the given kind (in-memory PGlite, or a new PG database). */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
	if (kind === 'pglite') {
		const handle = openDatabase({ dataDir: 'memory' });
		await handle.migrate();
		return { ...handle, destroy: () => handle.close() };
	}
	const database = await createPostgresDatabase();
	const handle = openDatabase({ url: database.url, poolSize: 4 });
	await handle.migrate();
	return {
		...handle,
		async destroy() {
			await handle.close();
			await database.drop();
		}
	};
}

/** Rows of `db.execute()`: postgres.js returns an array, PGlite an object with `rows`. */
export function rowsOf<Row>(result: unknown): Row[] {
	if (Array.isArray(result)) return result as Row[];
	return ((result as { rows?: Row[] }).rows ?? []) as Row[];
}
