import type { SegmentFunction, SegmentLevel } from '$lib/domain/segments';
import type { DiagnosticStatus } from '$lib/server/db/schema';

/** What a list of diagnostics shows of each one. */
export interface DiagnosticSummary {
	id: string;
	title: string;
	status: DiagnosticStatus;
	responseCount: number;
	createdAt: Date;
}

/** One figure of the progress table, after suppression. */
export interface ProgressFigure {
	/** The count, or null when it is hidden ("fewer than `threshold`"). */
	received: number | null;
	threshold: number;
	expected: number | null;
	/** Share of the expected people who answered, only when both are known and shown. */
	rate: number | null;
}

export interface ProgressTable {
	k: number;
	execK: number;
	/** Which analysis level the senior managers were counted in. */
	seniorManagersIn: SegmentLevel;
	rows: {
		level: SegmentLevel;
		cells: Record<SegmentFunction, ProgressFigure>;
		total: ProgressFigure;
	}[];
	functionTotals: Record<SegmentFunction, ProgressFigure>;
	total: ProgressFigure;
}

/** What the distribution page says after invitations or reminders went out. */
export type Delivery =
	| { mode: 'email'; sent: number; failed: number }
	/** No SMTP server: the personal links, shown once for the organiser to pass on. */
	| { mode: 'links'; links: { email: string; url: string }[] };
