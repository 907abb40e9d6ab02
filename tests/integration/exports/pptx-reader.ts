/** Reads a downloaded .pptx: its slides' text, its charts' data and the embedded workbooks. */
import JSZip from 'jszip';

export interface Deck {
	zip: JSZip;
	/** Text of each slide (`<a:t>` runs, XML entities decoded), in slide order. */
	slides: string[];
	/** XML of each native chart. */
	charts: string[];
	/** XML of every sheet of the workbooks embedded with the charts. */
	workbooks: string[];
}

const byNumber = (a: string, b: string) =>
	Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]);

function decode(text: string): string {
	return text
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&apos;', "'")
		.replaceAll('&amp;', '&');
}

/** The text runs of a slide, one per line. */
export function slideText(xml: string): string {
	return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)).join('\n');
}

async function texts(zip: JSZip, pattern: RegExp): Promise<string[]> {
	const names = Object.keys(zip.files)
		.filter((name) => pattern.test(name))
		.sort(byNumber);
	return Promise.all(names.map((name) => zip.file(name)!.async('string')));
}

export async function readDeck(bytes: ArrayBuffer): Promise<Deck> {
	const zip = await JSZip.loadAsync(bytes);
	const slides = (await texts(zip, /^ppt\/slides\/slide\d+\.xml$/)).map(slideText);
	const charts = await texts(zip, /^ppt\/charts\/chart\d+\.xml$/);
	const workbooks: string[] = [];
	const embedded = Object.keys(zip.files).filter((name) =>
		/^ppt\/embeddings\/.+\.xlsx$/.test(name)
	);
	for (const name of embedded) {
		const inner = await JSZip.loadAsync(await zip.file(name)!.async('arraybuffer'));
		workbooks.push(...(await texts(inner, /^xl\/worksheets\/sheet\d+\.xml$/)));
	}
	return { zip, slides, charts, workbooks };
}

/** The numbers held in chart or sheet cells (`<c:v>` / `<v>`), as written. */
export function cellValues(xml: string): string[] {
	return [...xml.matchAll(/<(?:c:)?v>([^<]*)<\/(?:c:)?v>/g)]
		.map((m) => m[1]!)
		.filter((v) => /^-?\d+(\.\d+)?([eE]-?\d+)?$/.test(v));
}
