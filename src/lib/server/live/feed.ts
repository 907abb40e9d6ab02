import { releaseDue } from '$lib/domain/live-release';
import type { LiveRelease } from '$lib/domain/live-release';

export interface LiveFeedOptions {
	/** Responses the viewer has already been shown (0 when nothing was released yet). */
	released: number;
	k: number;
	/** The next batch after `released`, or null while fewer than k new responses are stored. */
	load(released: number): Promise<LiveRelease | null>;
	/** Sends a batch to the viewer. */
	send(release: LiveRelease): void;
	/** A check failed (e.g. the database is briefly unreachable); the next one may succeed. */
	onError(error: unknown): void;
}

/**
 * The release state of one open stream. Checks never overlap: notifications that arrive during
 * a check are folded into one more check afterwards, so a room answering at once costs a few
 * queries rather than one per response, and batches go out in order.
 */
export class LiveFeed {
	private releasedCount: number;
	private running = false;
	private pending = false;
	private stopped = false;

	constructor(private readonly options: LiveFeedOptions) {
		this.releasedCount = options.released;
	}

	get released(): number {
		return this.releasedCount;
	}

	/** Looks for a due batch; resolves when this check (and any folded into it) is done. */
	async check(): Promise<void> {
		if (this.stopped) return;
		if (this.running) {
			this.pending = true;
			return;
		}
		this.running = true;
		try {
			do {
				this.pending = false;
				await this.checkOnce();
			} while (this.pending && !this.stopped);
		} finally {
			this.running = false;
		}
	}

	stop(): void {
		this.stopped = true;
	}

	private async checkOnce(): Promise<void> {
		try {
			const release = await this.options.load(this.releasedCount);
			if (this.stopped || !release) return;
			// The rule again, on the count the figures belong to: never a batch smaller than k.
			if (!releaseDue(this.releasedCount, release.released, this.options.k)) return;
			this.releasedCount = release.released;
			this.options.send(release);
		} catch (error) {
			this.options.onError(error);
		}
	}
}
