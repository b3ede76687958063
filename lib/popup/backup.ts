/**
 * Export and import of settings files in the popup: the file is made and read in the page itself,
 * without any network request (a blob URL and an `<a download>`).
 */
import type { FieldError } from '../settings/types';

/**
 * Save `text` as a file named `filename` through the browser's download of a blob URL. The URL is
 * revoked once the click has been handled.
 */
export function downloadText(text: string, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has taken the blob by the next task; revoking at once can cancel it in Chrome.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

/** Largest settings file the popup reads (the background accepts up to 5 MB of text). */
export const MAX_IMPORT_BYTES = 5_000_000;

/** One line per problem, naming the field: `hoverDelayMs: must be from 0 to 2000`. */
export function describeErrors(errors: readonly FieldError[]): string[] {
  const lines = errors.map((error) =>
    error.path ? `${error.path}: ${error.message}` : error.message,
  );
  return lines.length > 0 ? [...new Set(lines)] : ['The file could not be imported.'];
}

/** Read a chosen file's text, or say why not (too large, unreadable). Never throws. */
export async function readImportFile(
  file: Blob,
): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: `The file is ${Math.ceil(file.size / 1_000_000)} MB; a settings file is far smaller (at most 5 MB).`,
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, error: 'The file could not be read.' };
  }
}
