export { loadFile, type LoadFileOptions } from './load-file';
export { SUPPORTED_EXTENSIONS, isSupportedFile, formatOf } from './supported-formats';
export { LoadError, UnsupportedFormatError, LOAD_ERROR_CODES, type LoadErrorCode } from './errors';
export { loadText } from './load-text';
export { loadPdf, type LoadPdfOptions } from './load-pdf';
export { loadDocx } from './load-docx';
export { loadHtml } from './load-html';
