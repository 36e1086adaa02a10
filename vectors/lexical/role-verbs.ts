/**
 * Verbs that name a role someone holds toward a thing: who chairs, heads, leads, funds, hosts, edits, runs or wins
 * it. "Who chairs the Business Advisory Board?" is answered only by a sentence that states that role, in the
 * verb's own forms or the words reports state it with ("Chairperson", "at the invitation of", "thanks to the generous
 * contribution of"); a sentence that only names the board and an organisation beside it does not say who chairs it.
 * Organising is left out as a role: reports state it as often by who held, convened or partnered in an event.
 */
type Role = { verb: RegExp; states: RegExp };

/** Chairing, also as a title ("Chairperson", "chairmanship"), and the forms of co-chairing. */
const CHAIRS = String.raw`\b(?:co-?)?chair(?:s|ed|ing|man|men|woman|person|persons|manship|manships)?\b|\bpresid(?:e|es|ed|ing|ent|ents|ency)\b`;
/** Leading or heading as a verb or a post; not "heads of households" nor "leadership" of a theme. */
const LEADS = String.raw`\bhead(?:s|ed|ing)?\b(?! of households)|\blead(?:s|ing|er|ers)?\b|\bled\b|\bdirector(?:s|-general)?\b|\bchief\b`;

// Each `states` pattern is matched against lower-cased text, on word boundaries, so "Organization" is no organising,
// "editions" no editing and "migration management" no managing.
const ROLES: Role[] = [
  { verb: /^(?:co-?)?chair(?:s|ed|ing)?$|^presid(?:e|es|ed|ing)$/, states: new RegExp(CHAIRS) },
  { verb: /^head(?:s|ed|ing)?$|^lead(?:s|ing)?$|^led$/, states: new RegExp(`${LEADS}|${CHAIRS}`) },
  {
    verb: /^(?:fund|financ|sponsor|pay)(?:s|es|ed|e|ing)?$|^paid$/,
    states:
      /\bfund(?:ed|ing|ers?)\b|\bfinanc(?:e|es|ed|ing)\b|\bsponsor(?:s|ed|ing|ship)?\b|\bpa(?:y|ys|id|ying)\b|\bcontributions? (?:of|from)\b|\bcontribut(?:e|es|ed|ing) (?:by|usd|eur|chf|us\$|\$|€|£|\d)|\bfinancial(?:ly)? (?:support|contribut\w*|assistance)\b|\bdonors?\b|\bdonat(?:e|es|ed|ion|ions)\b|\bgrants?\b|\bsupported by\b|\bwith the (?:financial |generous )?support of\b/,
  },
  { verb: /^(?:co-?)?host(?:s|ed|ing)?$/, states: /\b(?:co-?)?host(?:s|ed|ing)?\b|\b(?:co-?)?organi[sz](?:e|es|ed|ing|er|ers)\b|\binvitation\b/ },
  { verb: /^edit(?:s|ed|ing)?$/, states: /\bedit(?:s|ed|ing|or|ors)\b|\beditor-in-chief\b|\beds?\b/ },
  { verb: /^(?:win|wins|won|winning)$/, states: /\bw(?:in|ins|on|inning|inners?)\b|\bawards?\b|\bawarded\b|\bprizes?\b/ },
  {
    verb: /^(?:manag(?:e|es|ed|ing)|run|runs|ran|running|administer(?:s|ed|ing)?|coordinat(?:e|es|ed|ing))$/,
    states: new RegExp(
      String.raw`\bmanag(?:e|es|ed|ing|er|ers)\b|\bru(?:n|ns|nning)\b|\bran\b|\badminister(?:s|ed|ing)?\b|\bco-?ordinat(?:e|es|ed|ing|or|ors)\b|\bimplement(?:s|ed|ing)\b|\boperat(?:es|ed|ing)\b|${CHAIRS}|${LEADS}`,
    ),
  },
];

/** The role a verb names ("chairs", "is funding" → its verb form), null for any other verb. */
export function roleOf(verb: string): Role | null {
  const word = verb.toLowerCase();
  return ROLES.find((role) => role.verb.test(word)) ?? null;
}

/** Whether the text states the role, in any of its forms. */
export const statesRole = (role: Role, text: string) => role.states.test(text.toLowerCase());

export type { Role };
