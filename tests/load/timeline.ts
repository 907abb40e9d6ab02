/** /healthz sampled every ~200 ms, and what the run did meanwhile, printed as one timeline. */
import { probeHealthz } from '../integration/faults/app-process';

export interface Mark {
	/** Seconds since the start of the run. */
	at: number;
	text: string;
}

export class Timeline {
	private readonly started = performance.now();
	readonly samples: Mark[] = [];
	readonly events: Mark[] = [];

	now(): number {
		return (performance.now() - this.started) / 1000;
	}

	event(text: string): void {
		this.events.push({ at: this.now(), text });
	}

	/** Samples `url`/healthz until the returned function is called. */
	sampleHealthz(url: string, everyMs = 200): () => Promise<void> {
		let running = true;
		const loop = (async () => {
			while (running) {
				const asked = this.now();
				const state = await probeHealthz(url);
				this.samples.push({ at: this.now(), text: state });
				await new Promise((done) =>
					setTimeout(done, Math.max(0, everyMs - (this.now() - asked) * 1000))
				);
			}
		})();
		return async () => {
			running = false;
			await loop;
		};
	}

	/** The successive states of /healthz from second `from` on, each change once (200, 503, 200). */
	transitions(from = 0): string[] {
		const states: string[] = [];
		for (const sample of this.samples.filter((sample) => sample.at >= from)) {
			if (states.at(-1) !== sample.text) states.push(sample.text);
		}
		return states;
	}

	/** Runs of equal /healthz answers, with the run's events between them. */
	lines(): string[] {
		const runs: { from: number; to: number; state: string; count: number }[] = [];
		for (const sample of this.samples) {
			const last = runs.at(-1);
			if (last && last.state === sample.text) {
				last.to = sample.at;
				last.count += 1;
			} else runs.push({ from: sample.at, to: sample.at, state: sample.text, count: 1 });
		}
		const rows = [
			...runs.map((run) => ({
				at: run.from,
				text:
					`${run.from.toFixed(1).padStart(5)}–${run.to.toFixed(1).padEnd(5)} s` +
					`  /healthz ${run.state} ×${run.count}`
			})),
			...this.events.map((event) => ({
				at: event.at,
				text: `${event.at.toFixed(1).padStart(5)}        ▸ ${event.text}`
			}))
		];
		return rows.sort((a, b) => a.at - b.at).map((row) => row.text);
	}
}
