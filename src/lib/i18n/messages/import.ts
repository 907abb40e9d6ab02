import { SCALES, itemById } from '$lib/domain/instrument';
import type { ImportError, ImportErrorCode } from '$lib/domain/response-import';
import type { Locale } from '../locales';

const enNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const frNumber = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const enN = (value: number): string => enNumber.format(value);
const frN = (value: number): string => frNumber.format(value);

type ErrorText = (error: ImportError, format: Formatters) => string;

interface Formatters {
	number(value: number): string;
	size(bytes: number): string;
	/** The allowed answers of an item column, e.g. "1–7, 0 = don’t know, empty". */
	answers(column: string): string;
}

const en = {
	title: 'Import responses',
	intro:
		'Add responses collected elsewhere — on paper during a workshop, or with another survey tool — from a CSV file with one row per respondent.',
	countsLikeOnline:
		'Imported responses count exactly like online ones in every result of this diagnostic, whether it is a draft, open or closed. They stay anonymous: the file holds no name or email, and each row is stored with the import date only, in random order.',
	counts: (total: number, imported: number) =>
		`Responses in this diagnostic so far: ${enN(total)} (imported: ${enN(imported)}).`,
	templateTitle: '1. Download the template',
	templateBody:
		'Its first line holds the stable question ids; keep it as it is. Two example rows follow: replace them with your data (a file that still contains them unchanged is refused).',
	templateComma: 'Template, comma-separated',
	templateSemicolon: 'Template, semicolon-separated (Excel set to French)',
	fillTitle: '2. Fill in one row per respondent',
	fillBody:
		'Save as CSV in UTF-8 (in Excel: “CSV UTF-8”). Commas or semicolons both work, and cells may be quoted. Empty lines are ignored. Line numbers in messages are spreadsheet rows: the header is line 1.',
	uploadTitle: '3. Upload the file',
	file: 'CSV file',
	fileHint: (rows: string, size: string) =>
		`UTF-8, comma- or semicolon-separated, up to ${rows} rows and ${size}. Nothing is imported unless every line is valid.`,
	repeat: 'Import these responses again: they come from other people who answered identically',
	submit: 'Import responses',
	submitting: 'Importing…',
	columnsTitle: 'What each column accepts',
	column: 'Column',
	allowed: 'Allowed values',
	question: 'Question',
	required: 'Required.',
	agreementColumns: (count: number) =>
		`The 28 core items (trust.1 … collaboration.4) and the other structure items: ${count} columns`,
	commentColumn: 'comment (optional column)',
	commentValues: (max: string) =>
		`Free text, up to ${max} characters; empty = no comment. Leave out names and anything that could identify someone.`,
	dontKnowAndEmpty: '0 = don’t know; empty = unanswered.',
	caseNote:
		'Column names and values are read regardless of letter case and surrounding spaces. Any other column (a name, an email…) is refused.',
	allColumnsTitle: 'Every column, in order, with its question',
	imported: (responses: number, comments: number) =>
		`${responses === 1 ? '1 response' : `${enN(responses)} responses`} imported (${enN(comments)} with a comment).`,
	duplicate: (responses: number) =>
		`This upload had already been processed: its ${responses === 1 ? 'response is' : `${enN(responses)} responses are`} stored once, not twice.`,
	alreadyImported:
		'These responses were already imported into this diagnostic (the same answers, in any order). Nothing was imported this time, so nobody is counted twice. If they really come from other people who gave identical answers, tick the box below and upload the file again.',
	failed: (count: number) =>
		count === 1
			? 'The file was not imported: 1 problem was found. Nothing was stored. Correct the file and upload it again.'
			: `The file was not imported: ${count} problems were found. Nothing was stored. Correct the file and upload it again.`,
	more: (count: number) =>
		count === 1 ? 'and 1 more problem, not shown.' : `and ${count} more problems, not shown.`,
	errorsTitle: 'Problems found',
	where: (line?: number, column?: string) =>
		line !== undefined && column !== undefined
			? `Line ${line}, column ${column}: `
			: line !== undefined
				? `Line ${line}: `
				: '',
	answers: (min: number, max: number, dontKnow: number) =>
		`${min}–${max}, ${dontKnow} = don’t know, empty`,
	sizeUnits: { kilo: 'KB', mega: 'MB' },
	errors: {
		no_file: () => 'Choose a CSV file to upload.',
		invalid_upload: () => 'The upload could not be read. Reload the page and try again.',
		file_too_large: (e, f) =>
			e.count === undefined
				? `The file is too large: the limit is ${f.size(e.limit ?? 0)}. Split it into several files.`
				: `The file is too large (${f.size(e.count)}): the limit is ${f.size(e.limit ?? 0)}. Split it into several files.`,
		not_utf8: () =>
			'The file is not encoded in UTF-8. In Excel, save it as “CSV UTF-8”; in LibreOffice, choose the Unicode (UTF-8) character set.',
		empty_file: () => 'The file is empty.',
		no_rows: () => 'The file has a header but no response rows.',
		too_many_rows: (e, f) =>
			`The file has ${f.number(e.count ?? 0)} response rows; at most ${f.number(e.limit ?? 0)} can be imported at once. Split it into several files.`,
		unclosed_quote: () => 'a quoted cell is never closed (a closing " is missing).',
		text_after_quote: () =>
			'text follows the closing quote of a cell. Put the whole cell between quotes, and double any quote inside it ("").',
		missing_column: (e) =>
			`the column ${e.column} is missing. Every column of the template except comment is required; leave cells empty for unanswered questions.`,
		duplicate_column: (e) => `the column ${e.column} appears more than once.`,
		unknown_column: (e) =>
			`“${e.column}” is not a column of the template. Only the template’s columns are accepted: imported responses are anonymous, so the file must hold nothing else.`,
		identifying_column: (e) =>
			`the column “${e.column}” seems to identify people. Remove it: responses are anonymous, and Accord never stores a name, an email or any other personal detail with them.`,
		unnamed_column: (e) =>
			`the cell in column ${e.column}, which has no header, holds “${e.value}”. Delete that column or move the value into a template column.`,
		wrong_cell_count: (e) =>
			`this line has ${e.count} cells but the header has ${e.limit}. Look for a missing or extra delimiter, or a comment that contains a delimiter without being between quotes.`,
		example_row: () => 'this is one of the template’s example rows. Delete it before importing.',
		required: (e) =>
			e.column === 'function'
				? 'a function is required (sales, marketing or other).'
				: 'a level is required (executive, senior_manager or frontline).',
		invalid_level: (e) =>
			`“${e.value}” is not an allowed level (executive, senior_manager or frontline).`,
		invalid_function: (e) => `“${e.value}” is not an allowed function (sales, marketing or other).`,
		invalid_answer: (e, f) =>
			`${e.value ? `“${e.value}”` : 'this value'} is not an allowed answer (${f.answers(e.column ?? '')}).`,
		comment_too_long: (e, f) =>
			`the comment has ${f.number(e.count ?? 0)} characters; at most ${f.number(e.limit ?? 0)} are allowed.`,
		invalid_response: () => 'this row is not a valid response.'
	} satisfies Record<ImportErrorCode, ErrorText> as Record<ImportErrorCode, ErrorText>
};

export type ImportMessages = typeof en;

const fr: ImportMessages = {
	title: 'Importer des réponses',
	intro:
		'Ajoutez des réponses recueillies ailleurs — sur papier pendant un atelier, ou avec un autre outil d’enquête — à partir d’un fichier CSV qui compte une ligne par répondant.',
	countsLikeOnline:
		'Les réponses importées comptent exactement comme les réponses en ligne dans tous les résultats de ce diagnostic, qu’il soit en préparation, ouvert ou clos. Elles restent anonymes\u00a0: le fichier ne contient ni nom ni e-mail, et chaque ligne est enregistrée avec la seule date d’import, dans un ordre aléatoire.',
	counts: (total: number, imported: number) =>
		`Réponses reçues à ce jour dans ce diagnostic\u00a0: ${frN(total)} (dont importées\u00a0: ${frN(imported)}).`,
	templateTitle: '1. Téléchargez le modèle',
	templateBody:
		'Sa première ligne contient les identifiants stables des questions\u00a0; gardez-la telle quelle. Suivent deux lignes d’exemple\u00a0: remplacez-les par vos données (un fichier qui les contient encore telles quelles est refusé).',
	templateComma: 'Modèle, séparateur virgule',
	templateSemicolon: 'Modèle, séparateur point-virgule (Excel en français)',
	fillTitle: '2. Remplissez une ligne par répondant',
	fillBody:
		'Enregistrez au format CSV en UTF-8 (dans Excel\u00a0: «\u00a0CSV UTF-8\u00a0»). La virgule comme le point-virgule conviennent, et les cellules peuvent être entre guillemets. Les lignes vides sont ignorées. Les numéros de ligne des messages sont ceux du tableur\u00a0: l’en-tête est la ligne 1.',
	uploadTitle: '3. Envoyez le fichier',
	file: 'Fichier CSV',
	fileHint: (rows: string, size: string) =>
		`UTF-8, séparateur virgule ou point-virgule, jusqu’à ${rows} lignes et ${size}. Rien n’est importé tant qu’une seule ligne est incorrecte.`,
	repeat:
		'Importer ces réponses une nouvelle fois\u00a0: elles viennent d’autres personnes qui ont répondu à l’identique',
	submit: 'Importer les réponses',
	submitting: 'Import en cours…',
	columnsTitle: 'Valeurs acceptées par colonne',
	column: 'Colonne',
	allowed: 'Valeurs autorisées',
	question: 'Question',
	required: 'Obligatoire.',
	agreementColumns: (count: number) =>
		`Les 28 questions principales (trust.1 … collaboration.4) et les autres questions d’organisation\u00a0: ${count} colonnes`,
	commentColumn: 'comment (colonne facultative)',
	commentValues: (max: string) =>
		`Texte libre, jusqu’à ${max} caractères\u00a0; vide = pas de commentaire. Évitez les noms et tout ce qui permettrait d’identifier quelqu’un.`,
	dontKnowAndEmpty: '0 = je ne sais pas\u00a0; vide = sans réponse.',
	caseNote:
		'Les noms de colonnes et les valeurs sont lus sans tenir compte des majuscules ni des espaces autour. Toute autre colonne (un nom, un e-mail…) est refusée.',
	allColumnsTitle: 'Toutes les colonnes, dans l’ordre, avec leur question',
	imported: (responses: number, comments: number) =>
		`${responses <= 1 ? `${responses} réponse importée` : `${frN(responses)} réponses importées`} (dont ${frN(comments)} avec un commentaire).`,
	duplicate: (responses: number) =>
		`Cet envoi avait déjà été traité\u00a0: ${responses <= 1 ? 'sa réponse est enregistrée' : `ses ${frN(responses)} réponses sont enregistrées`} une fois, pas deux.`,
	alreadyImported:
		'Ces réponses ont déjà été importées dans ce diagnostic (les mêmes réponses, dans n’importe quel ordre). Rien n’a été importé cette fois, pour que personne ne soit compté deux fois. Si elles viennent vraiment d’autres personnes qui ont répondu à l’identique, cochez la case ci-dessous et envoyez à nouveau le fichier.',
	failed: (count: number) =>
		count <= 1
			? 'Le fichier n’a pas été importé\u00a0: 1 problème a été trouvé. Rien n’a été enregistré. Corrigez le fichier puis envoyez-le à nouveau.'
			: `Le fichier n’a pas été importé\u00a0: ${count} problèmes ont été trouvés. Rien n’a été enregistré. Corrigez le fichier puis envoyez-le à nouveau.`,
	more: (count: number) =>
		count <= 1
			? 'et 1 autre problème, non affiché.'
			: `et ${count} autres problèmes, non affichés.`,
	errorsTitle: 'Problèmes trouvés',
	where: (line?: number, column?: string) =>
		line !== undefined && column !== undefined
			? `Ligne ${line}, colonne ${column}\u00a0: `
			: line !== undefined
				? `Ligne ${line}\u00a0: `
				: '',
	answers: (min: number, max: number, dontKnow: number) =>
		`${min} à ${max}, ${dontKnow} = je ne sais pas, vide`,
	sizeUnits: { kilo: 'Ko', mega: 'Mo' },
	errors: {
		no_file: () => 'Choisissez un fichier CSV à envoyer.',
		invalid_upload: () => 'L’envoi n’a pas pu être lu. Rechargez la page et réessayez.',
		file_too_large: (e, f) =>
			e.count === undefined
				? `Le fichier est trop volumineux\u00a0: la limite est de ${f.size(e.limit ?? 0)}. Découpez-le en plusieurs fichiers.`
				: `Le fichier est trop volumineux (${f.size(e.count)})\u00a0: la limite est de ${f.size(e.limit ?? 0)}. Découpez-le en plusieurs fichiers.`,
		not_utf8: () =>
			'Le fichier n’est pas encodé en UTF-8. Dans Excel, enregistrez-le en «\u00a0CSV UTF-8\u00a0»\u00a0; dans LibreOffice, choisissez le jeu de caractères Unicode (UTF-8).',
		empty_file: () => 'Le fichier est vide.',
		no_rows: () => 'Le fichier contient un en-tête mais aucune ligne de réponse.',
		too_many_rows: (e, f) =>
			`Le fichier contient ${f.number(e.count ?? 0)} lignes de réponse\u00a0; au plus ${f.number(e.limit ?? 0)} peuvent être importées à la fois. Découpez-le en plusieurs fichiers.`,
		unclosed_quote: () =>
			'une cellule entre guillemets n’est jamais fermée (il manque un " fermant).',
		text_after_quote: () =>
			'du texte suit le guillemet fermant d’une cellule. Mettez toute la cellule entre guillemets, en doublant les guillemets qu’elle contient ("").',
		missing_column: (e) =>
			`la colonne ${e.column} est absente. Toutes les colonnes du modèle sauf comment sont obligatoires\u00a0; laissez vides les cellules des questions sans réponse.`,
		duplicate_column: (e) => `la colonne ${e.column} apparaît plusieurs fois.`,
		unknown_column: (e) =>
			`«\u00a0${e.column}\u00a0» n’est pas une colonne du modèle. Seules les colonnes du modèle sont acceptées\u00a0: les réponses importées sont anonymes, le fichier ne doit donc rien contenir d’autre.`,
		identifying_column: (e) =>
			`la colonne «\u00a0${e.column}\u00a0» semble identifier des personnes. Supprimez-la\u00a0: les réponses sont anonymes, et Accord n’enregistre jamais de nom, d’e-mail ni aucune autre donnée personnelle avec elles.`,
		unnamed_column: (e) =>
			`la cellule de la colonne ${e.column}, qui n’a pas d’en-tête, contient «\u00a0${e.value}\u00a0». Supprimez cette colonne ou déplacez la valeur dans une colonne du modèle.`,
		wrong_cell_count: (e) =>
			`cette ligne compte ${e.count} cellules alors que l’en-tête en compte ${e.limit}. Cherchez un séparateur manquant ou en trop, ou un commentaire qui contient un séparateur sans être entre guillemets.`,
		example_row: () => 'c’est l’une des lignes d’exemple du modèle. Supprimez-la avant d’importer.',
		required: (e) =>
			e.column === 'function'
				? 'la fonction est obligatoire (sales, marketing ou other).'
				: 'le niveau est obligatoire (executive, senior_manager ou frontline).',
		invalid_level: (e) =>
			`«\u00a0${e.value}\u00a0» n’est pas un niveau autorisé (executive, senior_manager ou frontline).`,
		invalid_function: (e) =>
			`«\u00a0${e.value}\u00a0» n’est pas une fonction autorisée (sales, marketing ou other).`,
		invalid_answer: (e, f) =>
			`${e.value ? `«\u00a0${e.value}\u00a0»` : 'cette valeur'} n’est pas une réponse autorisée (${f.answers(e.column ?? '')}).`,
		comment_too_long: (e, f) =>
			`le commentaire compte ${f.number(e.count ?? 0)} caractères\u00a0; ${f.number(e.limit ?? 0)} au plus sont autorisés.`,
		invalid_response: () => 'cette ligne n’est pas une réponse valide.'
	}
};

export const importMessages = { en, fr };

const numberLocales: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

function formatters(locale: Locale): Formatters {
	const m = importMessages[locale];
	const numbers = new Intl.NumberFormat(numberLocales[locale], { maximumFractionDigits: 1 });
	return {
		number: (value) => numbers.format(value),
		size: (bytes) =>
			bytes >= 1024 * 1024
				? `${numbers.format(bytes / (1024 * 1024))}\u00a0${m.sizeUnits.mega}`
				: `${numbers.format(Math.max(1, Math.round(bytes / 1024)))}\u00a0${m.sizeUnits.kilo}`,
		answers: (column) => {
			const item = itemById(column);
			const scale = item ? SCALES[item.scale] : SCALES.agreement;
			return m.answers(scale.min, scale.max, 0);
		}
	};
}

/** A number as the user's language writes it (5,000 or 5 000). */
export function formatImportNumber(value: number, locale: Locale): string {
	return formatters(locale).number(value);
}

/** A size in bytes as KB/MB (Ko/Mo in French). */
export function formatImportSize(bytes: number, locale: Locale): string {
	return formatters(locale).size(bytes);
}

/* Problems in one cell name its column up front; header problems name it in their sentence. */
const CELL_CODES: ReadonlySet<ImportErrorCode> = new Set([
	'required',
	'invalid_level',
	'invalid_function',
	'invalid_answer',
	'comment_too_long'
]);

/** One import problem as a sentence: where it is (line, column), then what is wrong. */
export function importErrorMessage(error: ImportError, locale: Locale): string {
	const m = importMessages[locale];
	const text = m.errors[error.code] ?? m.errors.invalid_response;
	const column = CELL_CODES.has(error.code) ? error.column : undefined;
	return m.where(error.line, column) + text(error, formatters(locale));
}
