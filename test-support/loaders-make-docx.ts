import { makeZip } from './loaders-make-zip';

/**
 * A block of a test document: a heading, a paragraph (lines joined by soft breaks, optionally
 * citing a footnote), a bullet, or a table.
 */
export type DocxBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; lines: string[]; footnote?: string }
  | { kind: 'bullet'; text: string }
  | { kind: 'table'; rows: string[][] };

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
const paragraph = (inner: string, props = '') => `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${inner}</w:p>`;

function blockXml(block: DocxBlock, footnotes: string[]): string {
  switch (block.kind) {
    case 'heading':
      return paragraph(run(block.text), '<w:pStyle w:val="Heading1"/>');
    case 'paragraph': {
      let reference = '';
      if (block.footnote !== undefined) {
        footnotes.push(block.footnote);
        reference = `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${footnotes.length}"/></w:r>`;
      }
      return paragraph(block.lines.map(run).join('<w:r><w:br/></w:r>') + reference);
    }
    case 'bullet':
      return paragraph(run(block.text), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
    case 'table': {
      const rows = block.rows.map((cells) => `<w:tr>${cells.map((c) => `<w:tc>${paragraph(run(c))}</w:tc>`).join('')}</w:tr>`);
      return `<w:tbl>${rows.join('')}</w:tbl>`;
    }
  }
}

/** A minimal but valid .docx (Word) file holding `blocks`, built in memory. */
export function makeDocx(blocks: DocxBlock[]): Buffer {
  const notes: string[] = [];
  const body = blocks.map((block) => blockXml(block, notes)).join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;
  const footnotes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="${W_NS}">
<w:footnote w:type="separator" w:id="-1">${paragraph('<w:r><w:separator/></w:r>')}</w:footnote>
${notes.map((text, i) => `<w:footnote w:id="${i + 1}">${paragraph(`<w:r><w:footnoteRef/></w:r>${run(` ${text}`)}`)}</w:footnote>`).join('\n')}
</w:footnotes>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W_NS}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
</Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;
  return makeZip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rels },
    { name: 'word/document.xml', data: document },
    { name: 'word/numbering.xml', data: numbering },
    { name: 'word/footnotes.xml', data: footnotes },
  ]);
}
