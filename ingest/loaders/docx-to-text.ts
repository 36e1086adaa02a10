/**
 * The parts of mammoth's document model we read (documented in mammoth's README under
 * "Document transforms"); anything else is walked through by its children.
 */
export type DocxNode = {
  type: string;
  children?: DocxNode[];
  value?: string;
  checked?: boolean;
  numbering?: { isOrdered: boolean; level: string } | null;
  noteType?: string;
  noteId?: string;
};
type DocxNote = { body: DocxNode[] };
export type DocxDocument = DocxNode & { notes?: { resolve(ref: DocxNode): DocxNote | null } };

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) => [...String(n)].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('');

type Block = { text: string; listItem: boolean };

/**
 * Plain text of a Word document: one paragraph per Word paragraph (table cells included),
 * separated by a blank line; consecutive list items on consecutive lines, bullets prefixed "- ";
 * soft line breaks kept as "\n" (mammoth's extractRawText drops them and glues the words);
 * footnote references as superscript numbers with the note's text right after the citing
 * paragraph (where a PDF puts it, at the foot of that page), endnotes at the end.
 * Automatic paragraph numbers are not reproduced: mammoth does not expose their format.
 */
export function docxToText(document: DocxDocument): string {
  const blocks: Block[] = [];
  const endnotes: Block[] = [];
  // Word numbers footnotes (and, separately, endnotes) in order of first reference.
  const noteNumbers = new Map<string, number>();
  const notesOfType = new Map<string, number>();
  const noteMarker = (ref: DocxNode): string => {
    const key = `${ref.noteType}:${ref.noteId}`;
    let n = noteNumbers.get(key);
    if (n === undefined) {
      n = (notesOfType.get(ref.noteType ?? '') ?? 0) + 1;
      notesOfType.set(ref.noteType ?? '', n);
      noteNumbers.set(key, n);
    }
    return superscript(n);
  };

  const inline = (node: DocxNode, refs: DocxNode[]): string => {
    switch (node.type) {
      case 'text':
        return node.value ?? '';
      case 'tab':
        return '\t';
      case 'break':
        return '\n';
      case 'checkbox':
        return node.checked ? '☒' : '☐';
      case 'noteReference':
        refs.push(node);
        return noteMarker(node);
      default:
        return (node.children ?? []).map((child) => inline(child, refs)).join('');
    }
  };

  const noteText = (ref: DocxNode): string | null => {
    const note = document.notes?.resolve(ref);
    const body = note?.body.map((p) => inline(p, [])).join(' ').replace(/\s+/g, ' ').trim();
    return body ? `${noteMarker(ref)} ${body}` : null;
  };

  const paragraph = (node: DocxNode) => {
    const refs: DocxNode[] = [];
    const text = inline(node, refs)
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim();
    const prefix = node.numbering && !node.numbering.isOrdered ? '- ' : '';
    if (text !== '') blocks.push({ text: prefix + text, listItem: node.numbering != null });
    for (const ref of refs) {
      const note = noteText(ref);
      if (note !== null) (ref.noteType === 'endnote' ? endnotes : blocks).push({ text: note, listItem: false });
    }
  };

  const walk = (node: DocxNode) => {
    if (node.type === 'paragraph') {
      paragraph(node);
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };

  walk(document);
  const all = [...blocks, ...endnotes];
  return all
    .map((block, i) => (i === 0 ? '' : block.listItem && all[i - 1].listItem ? '\n' : '\n\n') + block.text)
    .join('');
}
