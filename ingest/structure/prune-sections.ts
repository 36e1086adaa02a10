import type { SectionNode } from './types';
import type { WorkBlock } from './work-block';

export type PrunedTree = { roots: SectionNode[]; all: SectionNode[]; work: WorkBlock[] };

/**
 * A heading with no text anywhere under it (a stray title, an OCR fragment, a short item list that
 * looked like headings) is not a section: it becomes a `text` block in its parent section, so its
 * words stay citable. Returns the renumbered tree and the work list re-sorted with those blocks.
 */
export function pruneEmptySections(all: SectionNode[], work: WorkBlock[]): PrunedTree {
  const filled = new Set<number>();
  for (const b of work) {
    for (let id = b.sectionId; id !== null && !filled.has(id); id = all[id].parentId) filled.add(id);
  }
  const keptAncestor = (node: SectionNode): number | null => {
    let id = node.parentId;
    while (id !== null && !filled.has(id)) id = all[id].parentId;
    return id;
  };

  const demoted: WorkBlock[] = all
    .filter((n) => !filled.has(n.id))
    .map((n) => ({
      kind: 'text',
      spans: [{ start: n.start, end: n.end }],
      sectionId: keptAncestor(n),
      paragraph: null,
      label: null,
      unit: -1,
      listFamily: null,
      indent: 0,
      footnote: null,
      anchor: null,
      nextRole: 'heading',
    }));

  const newId = new Map<number, number>();
  const kept = all.filter((n) => filled.has(n.id));
  kept.forEach((n, i) => newId.set(n.id, i));
  const nodes: SectionNode[] = kept.map((n) => ({
    ...n,
    id: newId.get(n.id)!,
    parentId: n.parentId === null ? null : newId.get(n.parentId)!,
    children: [],
  }));
  for (const n of nodes) if (n.parentId !== null) nodes[n.parentId].children.push(n);
  const remapSection = (id: number | null) => (id === null ? null : (newId.get(id) ?? null));

  const order = [...work, ...demoted].sort((a, b) => a.spans[0].start - b.spans[0].start);
  const position = new Map<WorkBlock, number>(order.map((b, i) => [b, i]));
  const sorted = order.map((b) => ({
    ...b,
    sectionId: remapSection(b.sectionId),
    unit: b.unit === -1 ? position.get(b)! : position.get(work[b.unit])!,
    anchor: b.anchor === null ? null : position.get(work[b.anchor])!,
  }));
  return { roots: nodes.filter((n) => n.parentId === null), all: nodes, work: sorted };
}
