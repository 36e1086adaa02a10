/** A GitHub Markdown table; `align` per column ('l' or 'r'), pipes in cells escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = []): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = header.map((_, i) => (align[i] === 'r' ? '---:' : '---'));
  return [line(header), `|${rule.map((r) => ` ${r} `).join('|')}|`, ...rows.map(line)].join('\n');
}

/** A metric in [0, 1] with three decimals; "–" when not measured. */
export const fixed3 = (value: number | null | undefined): string => (value === null || value === undefined ? '–' : value.toFixed(3));
