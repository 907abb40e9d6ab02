/** Exports of a report: the document model, the PowerPoint deck and the download file name. */
export { buildExportDocument, hasResults, type ExportInput } from './build';
export { deckSections, slideCount, type ExportDocument, type Section } from './document';
export { safeFileName } from './file-name';
export { renderPptx } from './pptx';
export type { StoredPlanItem } from './sections/plan';
export { loadExportDocument } from './load';
