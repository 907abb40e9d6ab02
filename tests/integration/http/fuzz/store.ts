import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../../../src/lib/server/db/client';
import { rowsOf } from '../../../helpers/databases';
import type { RunningApp } from '../../../helpers/server';

/** Columns that change with every visit of a signed-in user (sliding session expiry). */
const volatile: Record<string, readonly string[]> = { sessions: ['expires_at'] };

/** Every row of every table, sorted, as text: what the app has stored. */
export async function snapshotOf(db: Database): Promise<Record<string, string[]>> {
	const tables = await db.execute(
		sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`
	);
	const snapshot: Record<string, string[]> = {};
	for (const { table_name: name } of rowsOf<{ table_name: string }>(tables)) {
		const rows = rowsOf<Record<string, unknown>>(
			await db.execute(sql`select * from ${sql.identifier(name)}`)
		);
		snapshot[name] = rows
			.map((row) => {
				const kept = { ...row };
				for (const column of volatile[name] ?? []) delete kept[column];
				return JSON.stringify(kept);
			})
			.sort();
	}
	return snapshot;
}

/** The snapshot of a stopped app's database. */
export async function snapshotOfApp(app: RunningApp): Promise<Record<string, string[]>> {
	const handle =
		app.kind === 'postgres'
			? openDatabase({ url: app.database, poolSize: 1 })
			: openDatabase({ dataDir: app.database });
	try {
		return await snapshotOf(handle.db);
	} finally {
		await handle.close();
	}
}

/** The rows each table gained or lost between two snapshots (tables without change left out). */
export function changes(
	before: Record<string, string[]>,
	after: Record<string, string[]>
): Record<string, { added: string[]; removed: string[] }> {
	const changed: Record<string, { added: string[]; removed: string[] }> = {};
	for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
		const old = new Set(before[table] ?? []);
		const now = new Set(after[table] ?? []);
		const added = [...now].filter((row) => !old.has(row));
		const removed = [...old].filter((row) => !now.has(row));
		if (added.length > 0 || removed.length > 0) changed[table] = { added, removed };
	}
	return changed;
}
