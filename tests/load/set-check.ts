/**
 * After the run: every key acknowledged with 303 is stored exactly once, and nothing else is,
 * except keys still in flight when the run ended (sent, never acknowledged: they may have
 * committed just before a connection dropped). The app stores only the hash of a key, one receipt
 * per (diagnostic, key hash) next to each response, so keys are looked up by their hash.
 */
import type { Sql } from 'postgres';
import { hashToken } from '../../src/lib/server/auth/tokens';
import type { Ledger } from './clients';

export interface SetCheck {
	ok: boolean;
	lines: string[];
}

export async function checkStored(
	sql: Sql,
	ledger: Ledger,
	diagnosticOfLink: string[]
): Promise<SetCheck> {
	const receipts = await sql<{ diagnostic_id: string; key_hash: string }[]>`
		select diagnostic_id, key_hash from submission_receipts`;
	const [{ count: responseRows } = { count: 0 }] = await sql<{ count: number }[]>`
		select count(*)::int as count from responses`;

	const sent = new Map(ledger.keys.map((record) => [hashToken(record.key), record]));
	const storedTimes = new Map<string, number>();
	let elsewhere = 0;
	for (const receipt of receipts) {
		storedTimes.set(receipt.key_hash, (storedTimes.get(receipt.key_hash) ?? 0) + 1);
		const record = sent.get(receipt.key_hash);
		if (record && diagnosticOfLink[record.link] !== receipt.diagnostic_id) elsewhere += 1;
	}
	const acknowledged = ledger.acknowledgedKeys();
	const inFlight = ledger.inFlightKeys();
	const lost = acknowledged.filter((record) => !storedTimes.has(hashToken(record.key))).length;
	const inFlightStored = inFlight.filter((record) => storedTimes.has(hashToken(record.key))).length;
	const unknown = receipts.filter((receipt) => !sent.has(receipt.key_hash)).length;
	// A key stored under two receipts, or a response row without a receipt of its own.
	const doubled =
		[...storedTimes.values()].reduce((sum, times) => sum + times - 1, 0) +
		Math.max(0, responseRows - receipts.length) +
		elsewhere;
	const ok = lost === 0 && doubled === 0 && unknown === 0 && responseRows === receipts.length;
	return {
		ok,
		lines: [
			`acknowledged  ${acknowledged.length} keys answered 303`,
			`stored        ${responseRows} responses, ${receipts.length} receipts` +
				` = ${receipts.length - inFlightStored - unknown} acknowledged` +
				` + ${inFlightStored} of ${inFlight.length} keys in flight at the end` +
				(unknown ? ` + ${unknown} never sent` : ''),
			`lost          ${lost}`,
			`doubled       ${doubled}`,
			ok ? 'set check     ok' : 'set check     FAILED'
		]
	};
}
