/**
 * Verbs that name a role someone holds toward a thing: who chairs, heads, leads, funds, hosts, edits, runs or wins
 * it. "Who chairs the Business Advisory Board?" is answered only by a sentence that states that role, in the
 * verb's own forms or the words reports state it with ("Chairperson", "at the invitation of", "thanks to the generous
 * contribution of"); a sentence that only names the board and an organisation beside it does not say who chairs it.
 * Organising is left out: reports state it as often by who held, convened or partnered in an event.
 */
type Role = { verb: RegExp; states: RegExp };

const ROLES: Role[] = [
  { verb: /^(?:co-?)?chair(?:s|ed|ing)?$|^presid(?:e|es|ed|ing)$/, states: /\b(?:co-?)?chair\w*|\bpresid\w*/ },
  { verb: /^head(?:s|ed|ing)?$|^lead(?:s|ing)?$|^led$/, states: /\bhead(?:s|ed|ing)?\b|\blead\w*|\bled\b|\b(?:co-?)?chair\w*|\bdirector(?:s|-general)?\b|\bchief\b/ },
  {
    verb: /^(?:fund|financ|sponsor|pay)(?:s|es|ed|e|ing)?$|^paid$/,
    states: /\bfund(?:ed|ing|ers?)\b|\bfinanc\w*|\bsponsor\w*|\bpa(?:y|ys|id|ying)\b|\bcontribut\w*|\bdonor\w*|\bdonat\w*|\bgrant\w*/,
  },
  { verb: /^(?:co-?)?host(?:s|ed|ing)?$/, states: /\b(?:co-?)?host\w*|\b(?:co-?)?organi[sz]\w*|\binvitation\b/ },
  { verb: /^edit(?:s|ed|ing)?$/, states: /\bedit\w*|\beds?\b/ },
  { verb: /^(?:win|wins|won|winning)$/, states: /\bw(?:in|ins|on|inning|inners?)\b|\baward\w*|\bprizes?\b/ },
  { verb: /^(?:manag(?:e|es|ed|ing)|run|runs|ran|running|administer(?:s|ed|ing)?|coordinat(?:e|es|ed|ing))$/, states: /\bmanag\w*|\bru(?:n|ns|nning)\b|\bran\b|\badminist\w*|\bco-?ordinat\w*|\bimplement\w*|\boperat\w*/ },
];

/** The role a verb names ("chairs", "is funding" → its verb form), null for any other verb. */
export function roleOf(verb: string): Role | null {
  const word = verb.toLowerCase();
  return ROLES.find((role) => role.verb.test(word)) ?? null;
}

/** Whether the text states the role, in any of its forms. */
export const statesRole = (role: Role, text: string) => role.states.test(text.toLowerCase());

export type { Role };
