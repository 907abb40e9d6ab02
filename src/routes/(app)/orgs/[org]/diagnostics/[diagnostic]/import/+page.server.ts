import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { env } from '$env/dynamic/private';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type ImportError } from '$lib/domain/response-import';
import { requireDiagnostic } from '$lib/server/auth/guard';
import { generateToken } from '$lib/server/auth/tokens';
import { db } from '$lib/server/db';
import { countBySource, importResponseFile, uploadLimitBytes } from '$lib/server/response-import';
import type { Actions, PageServerLoad } from './$types';

/** Problems sent back to the page; the total is sent too, so the page can say how many more. */
const SHOWN_ERRORS = 100;

const uploadKeySchema = z.string().regex(/^[a-z2-7]{32}$/);

function uploadLimit(): number {
	return uploadLimitBytes(env.BODY_SIZE_LIMIT, IMPORT_MAX_BYTES);
}

function refuse(status: number, errors: ImportError[]) {
	return fail(status, {
		problems: errors.slice(0, SHOWN_ERRORS),
		problemCount: errors.length,
		alreadyImported: false
	});
}

/** SvelteKit's own "request body above BODY_SIZE_LIMIT" error, raised while reading the form. */
function isPayloadTooLarge(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'status' in error && error.status === 413;
}

export const load: PageServerLoad = async (event) => {
	const { diagnostic } = await requireDiagnostic(event, 'admin');
	return {
		importTarget: { id: diagnostic.id, title: diagnostic.title, status: diagnostic.status },
		// One key per form shown: a double click or a resent form is recognised (see importResponses).
		uploadKey: generateToken(),
		limits: { rows: IMPORT_MAX_ROWS, bytes: uploadLimit() },
		counts: await countBySource(db(), diagnostic.id)
	};
};

export const actions: Actions = {
	/*
	 * Any status is accepted (draft, open, closed): paper answers from a workshop may arrive
	 * before the online survey opens or after it closes, and they count like online ones.
	 */
	upload: async (event) => {
		const { diagnostic } = await requireDiagnostic(event, 'admin');
		const limit = uploadLimit();
		let form: FormData;
		try {
			form = await event.request.formData();
		} catch (error) {
			return isPayloadTooLarge(error)
				? refuse(413, [{ code: 'file_too_large', limit }])
				: refuse(400, [{ code: 'invalid_upload' }]);
		}
		const file = form.get('file');
		if (!(file instanceof File) || (file.size === 0 && file.name === '')) {
			return refuse(400, [{ code: 'no_file' }]);
		}
		if (file.size > limit) {
			return refuse(413, [{ code: 'file_too_large', count: file.size, limit }]);
		}
		const uploadKey = uploadKeySchema.safeParse(form.get('uploadKey'));
		if (!uploadKey.success) return refuse(400, [{ code: 'invalid_upload' }]);

		const result = await importResponseFile(db(), {
			diagnosticId: diagnostic.id,
			bytes: new Uint8Array(await file.arrayBuffer()),
			uploadKey: uploadKey.data,
			allowRepeat: form.get('repeat') === 'yes'
		});
		if (!result.ok) return refuse(400, result.errors);
		if (result.outcome === 'already_imported') {
			return fail(409, { problems: [], problemCount: 0, alreadyImported: true });
		}
		return {
			imported: {
				responses: result.responses,
				comments: result.comments,
				duplicate: result.outcome === 'duplicate'
			}
		};
	}
};
