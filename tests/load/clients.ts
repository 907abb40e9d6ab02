/**
 * Simulated respondents: each client submits a new response with a fresh idempotency key, and on
 * any answer but 303 (an error status, a refused or dropped connection) sends the SAME key again
 * after a short pause, until it gets a 303 or the run ends. A key never acknowledged when the run
 * ends is "in flight": it may or may not be stored.
 */
import { Agent } from 'node:http';
import { generateToken } from '../../src/lib/server/auth/tokens';
import {
	acknowledged,
	submit,
	type Answer,
	type SubmitForm
} from '../integration/faults/submissions';

export interface KeyRecord {
	key: string;
	/** Which link (diagnostic) the key went to, every attempt. */
	link: number;
	attempts: number;
	acknowledged: boolean;
}

export class Ledger {
	readonly keys: KeyRecord[] = [];
	/** Answers other than 303, by status or error code. */
	readonly errors = new Map<string, number>();
	requests = 0;
	retries = 0;

	note(answer: Answer): void {
		const label = 'status' in answer ? `HTTP ${answer.status}` : answer.error;
		this.errors.set(label, (this.errors.get(label) ?? 0) + 1);
	}

	acknowledgedKeys(): KeyRecord[] {
		return this.keys.filter((record) => record.acknowledged);
	}

	inFlightKeys(): KeyRecord[] {
		return this.keys.filter((record) => !record.acknowledged);
	}
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** 50 ms doubling up to 1 s, with jitter, so a crowd of clients does not retry in lockstep. */
function backoffMs(attempts: number): number {
	return Math.min(1000, 50 * 2 ** (attempts - 1)) * (0.5 + Math.random());
}

export interface ClientsOptions {
	url: string;
	form: SubmitForm;
	clients: number;
	/** True once no new key may start and no key may be retried. */
	over: () => boolean;
}

/** Runs the clients until `over()`; resolves when every client has its last answer. */
export async function runClients(options: ClientsOptions, ledger: Ledger): Promise<void> {
	const agent = new Agent({ keepAlive: true, maxSockets: options.clients });
	const client = async (index: number) => {
		while (!options.over()) {
			const record: KeyRecord = {
				key: generateToken(),
				link: index % options.form.cookies.length,
				attempts: 0,
				acknowledged: false
			};
			ledger.keys.push(record);
			for (;;) {
				record.attempts += 1;
				ledger.requests += 1;
				const cookie = options.form.cookies[record.link]!;
				const answer = await submit(options.url, agent, cookie, options.form, record.key);
				if (acknowledged(answer)) {
					record.acknowledged = true;
					break;
				}
				ledger.note(answer);
				if (options.over()) break;
				ledger.retries += 1;
				await pause(backoffMs(record.attempts));
			}
		}
	};
	try {
		await Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));
	} finally {
		agent.destroy();
	}
}
