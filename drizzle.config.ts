import { defineConfig } from 'drizzle-kit';
import { join } from 'node:path';

// `npm run db:migrate` targets the same database as the app: PostgreSQL when DATABASE_URL is
// set, otherwise the embedded PGlite folder inside DATA_DIR.
const url = process.env.DATABASE_URL;

export default url
	? defineConfig({
			schema: './src/lib/server/db/schema.ts',
			out: './drizzle',
			dialect: 'postgresql',
			dbCredentials: { url }
		})
	: defineConfig({
			schema: './src/lib/server/db/schema.ts',
			out: './drizzle',
			dialect: 'postgresql',
			driver: 'pglite',
			dbCredentials: { url: join(process.env.DATA_DIR ?? '.data', 'pglite') }
		});
