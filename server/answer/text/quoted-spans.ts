/** Where the text quotes something (a title, a name): start and end offsets, quotation marks included. */
export const quotedSpans = (text: string) => [...text.matchAll(/["“][^"”]*["”]/g)].map((m) => [m.index, m.index + m[0].length] as const);
