/**
 * The other forms of a report, as links from the report page. Relative imports only, so the
 * end-to-end tests can import this module as it is.
 */
import { hasRole, type Role } from '../../domain/roles';

export type ReportFormId = 'present' | 'live' | 'print' | 'pptx' | 'csv';

export interface ReportForm {
	readonly id: ReportFormId;
	readonly href: string;
	/** A file to download rather than a page to open. */
	readonly download: boolean;
}

/**
 * The links of the report toolbar for one diagnostic (`base` is its address, without a trailing
 * slash). Everyone who can read the report can present it, print it and export it; only
 * consultants and above can run the live in-room survey.
 */
export function reportForms(base: string, locale: 'en' | 'fr', role: Role): ReportForm[] {
	const forms: (ReportForm & { minimum: Role })[] = [
		{ id: 'present', href: `${base}/present`, download: false, minimum: 'viewer' },
		{ id: 'live', href: `${base}/live`, download: false, minimum: 'consultant' },
		{ id: 'print', href: `${base}/report/print`, download: false, minimum: 'viewer' },
		{ id: 'pptx', href: `${base}/export.pptx?lang=${locale}`, download: true, minimum: 'viewer' },
		{ id: 'csv', href: `${base}/export.csv?lang=${locale}`, download: true, minimum: 'viewer' }
	];
	return forms
		.filter((form) => hasRole(role, form.minimum))
		.map(({ id, href, download }) => ({ id, href, download }));
}
