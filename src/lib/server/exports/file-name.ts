/**
 * A download file name that is safe in a Content-Disposition header and on every file system:
 * ASCII letters, digits and dashes only (accents dropped, everything else a dash), at most 60
 * characters of title, then the diagnostic id.
 */
export function safeFileName(prefix: string, title: string, id: string, extension: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	const safeId = id.replace(/[^a-z0-9]/gi, '');
	return [prefix, slug, safeId].filter((part) => part.length > 0).join('-') + `.${extension}`;
}
