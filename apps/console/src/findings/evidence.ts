/** Evidence is a list of references; the form edits it as one reference per line. */
export const evidenceToText = (evidence: unknown): string =>
  Array.isArray(evidence) ? evidence.join('\n') : '';

export const textToEvidence = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
