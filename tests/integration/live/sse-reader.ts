export interface SseEvent {
	event: string;
	id?: string;
	data: unknown;
}

/** Reads a server-sent event stream as EventSource would, keeping every event in order. */
export class SseReader {
	readonly events: SseEvent[] = [];
	comments = 0;
	ended = false;
	readonly finished: Promise<void>;
	private readonly reader: ReadableStreamDefaultReader<Uint8Array>;

	constructor(response: Response) {
		if (!response.body) throw new Error('no body');
		this.reader = response.body.getReader();
		this.finished = this.pump().finally(() => (this.ended = true));
	}

	private async pump(): Promise<void> {
		const decoder = new TextDecoder();
		let buffer = '';
		for (;;) {
			const chunk = await this.reader.read().catch(() => ({ done: true, value: undefined }));
			if (chunk.done || !chunk.value) return;
			buffer += decoder.decode(chunk.value, { stream: true });
			let end: number;
			while ((end = buffer.indexOf('\n\n')) >= 0) {
				this.parse(buffer.slice(0, end));
				buffer = buffer.slice(end + 2);
			}
		}
	}

	private parse(block: string): void {
		if (block.startsWith(':')) {
			this.comments += 1;
			return;
		}
		const fields: Record<string, string> = {};
		for (const line of block.split('\n')) {
			const colon = line.indexOf(':');
			fields[line.slice(0, colon)] = line.slice(colon + 1).trimStart();
		}
		if (fields.event) {
			this.events.push({ event: fields.event, id: fields.id, data: JSON.parse(fields.data ?? '') });
		}
	}

	/** The first event (from `from` on) of that name; fails after `timeoutMs`. */
	async waitFor(name: string, from = 0, timeoutMs = 15_000): Promise<SseEvent> {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const found = this.events.slice(from).find((event) => event.event === name);
			if (found) return found;
			if (this.ended || Date.now() > deadline) {
				throw new Error(`no "${name}" event; got ${JSON.stringify(this.events)}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 25));
		}
	}

	async close(): Promise<void> {
		await this.reader.cancel().catch(() => undefined);
	}
}
