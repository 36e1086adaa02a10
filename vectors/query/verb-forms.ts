const IRREGULAR_PAST: Record<string, string> = {
  be: 'was', have: 'had', do: 'did', go: 'went', make: 'made', take: 'took', give: 'gave', hold: 'held', send: 'sent',
  spend: 'spent', bring: 'brought', build: 'built', buy: 'bought', come: 'came', become: 'became', get: 'got',
  know: 'knew', lead: 'led', leave: 'left', meet: 'met', pay: 'paid', put: 'put', say: 'said', see: 'saw', sell: 'sold',
  set: 'set', teach: 'taught', tell: 'told', think: 'thought', write: 'wrote', find: 'found', begin: 'began', run: 'ran',
  grow: 'grew', keep: 'kept', feel: 'felt', win: 'won', choose: 'chose', draw: 'drew', fall: 'fell', cost: 'cost',
  cut: 'cut', let: 'let', lose: 'lost', read: 'read', rise: 'rose', seek: 'sought', stand: 'stood',
  understand: 'understood', undertake: 'undertook', oversee: 'oversaw', withdraw: 'withdrew', arise: 'arose',
  speak: 'spoke', break: 'broke', bear: 'bore', spread: 'spread', show: 'showed', forecast: 'forecast',
  mean: 'meant', deal: 'dealt', hear: 'heard', lend: 'lent', light: 'lit', shut: 'shut', hit: 'hit', quit: 'quit',
  flee: 'fled',
};

/** Irregular past forms that are nothing but verbs ("became", "held"; not "found", "left", "saw"), to their base form. */
export const BASE_OF_IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries(IRREGULAR_PAST)
    .filter(([base, past]) => base !== past && !['found', 'left', 'saw', 'lit', 'bore', 'rose', 'fell', 'won', 'read', 'felt', 'meant', 'spoke', 'drew', 'chose', 'was', 'had', 'did'].includes(past))
    .map(([base, past]) => [past, base]),
);

/** Irregular past tenses ("took", "held"), to recognise a verb by its form. */
export const IRREGULAR_PAST_FORMS: ReadonlySet<string> = new Set([...Object.values(IRREGULAR_PAST), 'took', 'went', 'came', 'ran', 'wrote', 'knew', 'saw']);

/** Participles the endings below miss: irregular past participles, and -ing forms of two-letter verbs ("doing"). */
const PARTICIPLES = new Set(
  `been done made taken given held sent spent brought built bought come become got gotten known led left met paid put
  said seen sold set taught told thought written found begun run grown kept felt won chosen drawn fallen cost cut let
  lost read risen sought stood understood undertaken overseen withdrawn arisen spoken broken borne shown spread meant
  dealt heard lent used fled died doing going`.split(/\s+/),
);

/** Past tense of a base verb: "perform" → "performed", "resettle" → "resettled", "hold" → "held". */
export function pastTense(verb: string): string {
  const lower = verb.toLowerCase();
  if (IRREGULAR_PAST[lower]) return IRREGULAR_PAST[lower];
  if (/e$/.test(lower)) return `${verb}d`;
  if (/[^aeiou]y$/.test(lower)) return `${verb.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lower) && lower.length <= 4) return `${verb}${verb.slice(-1)}ed`;
  return `${verb}ed`;
}

/** The "-s" ending as English spells it, for a verb's third person or a noun's plural: "focuses", "studies", "projects". */
export function withS(word: string): string {
  const lower = word.toLowerCase();
  if (/(?:s|x|z|ch|sh)$/.test(lower)) return `${word}es`;
  if (/[^aeiou]y$/.test(lower)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** Third person singular: "perform" → "performs", "have" → "has", "focus" → "focuses". */
export function thirdPerson(verb: string): string {
  const lower = verb.toLowerCase();
  if (lower === 'have') return 'has';
  if (lower === 'be') return 'is';
  if (lower === 'do' || lower === 'go') return `${verb}es`;
  return withS(verb);
}

/** A past participle or -ing form, as after "was" or "has been". */
export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  return PARTICIPLES.has(lower) || /^[a-z]{3,}(?:ed|ing)$/.test(lower);
}
