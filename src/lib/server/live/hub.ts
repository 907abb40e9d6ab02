/**
 * One LISTEN per process, shared by every open live stream of every diagnostic: notifications
 * come from whichever instance stored the response (PostgreSQL delivers them to all of them;
 * PGlite in-process), and are handed to the streams of that diagnostic only. The LISTEN starts
 * with the first stream and stops when the last one ends.
 */

/** The channel a stored response is announced on; its payload is the diagnostic's id. */
export const LIVE_CHANNEL = 'accord_live_responses';

/** `DatabaseHandle.listen`: resolves once listening, to a function that stops it. */
export type Listen = (
	channel: string,
	onMessage: (payload: string) => void
) => Promise<() => Promise<void>>;

export interface LiveSubscriber {
	readonly diagnosticId: string;
	/** A response to this diagnostic was stored, on this instance or another. */
	onResponse(): void;
	/** The server is shutting down: end the stream (the browser reconnects elsewhere). */
	onShutdown(): void;
}

export class LiveHub {
	private readonly subscribers = new Set<LiveSubscriber>();
	private listening: Promise<() => Promise<void>> | undefined;
	private shuttingDown = false;

	constructor(
		private readonly listen: Listen,
		private readonly channel = LIVE_CHANNEL
	) {}

	/** Open streams. */
	get size(): number {
		return this.subscribers.size;
	}

	/** Whether the process currently listens on the channel. */
	get isListening(): boolean {
		return this.listening !== undefined;
	}

	/**
	 * Adds a stream; resolves once notifications are being received, so that a check made after
	 * this cannot miss a response. Resolves to the function that removes the stream.
	 */
	async subscribe(subscriber: LiveSubscriber): Promise<() => void> {
		if (this.shuttingDown) throw new Error('the server is shutting down');
		this.subscribers.add(subscriber);
		this.listening ??= this.startListening();
		try {
			await this.listening;
		} catch (error) {
			this.remove(subscriber);
			throw error;
		}
		return () => this.remove(subscriber);
	}

	/** Ends every stream and stops listening (server shutdown). */
	shutdown(): void {
		this.shuttingDown = true;
		const ending = [...this.subscribers];
		this.subscribers.clear();
		for (const subscriber of ending) subscriber.onShutdown();
		this.stopListening();
	}

	private startListening(): Promise<() => Promise<void>> {
		const started = this.listen(this.channel, (payload) => this.dispatch(payload));
		started.catch(() => {
			// A failed LISTEN is not kept: the next stream tries again.
			if (this.listening === started) this.listening = undefined;
		});
		return started;
	}

	private stopListening(): void {
		const current = this.listening;
		this.listening = undefined;
		// The database may already be closing at shutdown: nothing left to stop then.
		current?.then((unlisten) => unlisten()).catch(() => undefined);
	}

	private remove(subscriber: LiveSubscriber): void {
		if (!this.subscribers.delete(subscriber)) return;
		if (this.subscribers.size === 0) this.stopListening();
	}

	private dispatch(payload: string): void {
		for (const subscriber of [...this.subscribers]) {
			if (subscriber.diagnosticId === payload) subscriber.onResponse();
		}
	}
}
