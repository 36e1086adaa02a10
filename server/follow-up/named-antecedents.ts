import { datesNoun } from '../../vectors/query/question-grammar';
import { AUXILIARIES, DO_AUX, isVerbLike, MODALS, NAME_CONNECTORS, PREPOSITIONS, WH_WORDS } from '../../vectors/query/word-classes';
import { COMMON_VERBS } from '../../vectors/query/common-verbs';
import { placeForms } from '../../vectors/lexical/demonyms';
import { placesIn } from '../../vectors/lexical/places';
import { IRREGULAR_PAST_FORMS } from '../../vectors/query/verb-forms';
import { MONTHS, QUESTION_STOP_WORDS } from '../answer/text/stop-words';
import { ADVERBS, clean, isContentWord, isName, phrase, type Antecedent } from './antecedent';

/** "Mexican", "Dutch": a word with place forms that is no place itself. */
const isDemonym = (word: string) => placeForms(word).length > 0 && placesIn([word]).length === 0;

/** A lower-case word that can head a noun phrase: no stop word, preposition or verb ("crisis", "seminar"). */
const isCommonNoun = (w: string) => !PREPOSITIONS.has(w) && isContentWord(w) && !COMMON_VERBS.has(w) && !IRREGULAR_PAST_FORMS.has(w);

/** Capitalised runs ("Bali Process", "International Dialogue on Migration", "IDM"), not the question's first word. */
export function names(words: string[]): Antecedent[] {
  const out: Antecedent[] = [];
  const bare = words.map(clean);
  let i = 0;
  while (i < words.length) {
    const word = bare[i];
    // The question's first word opens a name only before another name word, and never when it is an auxiliary or a
    // wh-word ("Does IOM …", "Is PLURAL+ …").
    const first = i === 0 && !/^\p{Lu}{2,}/u.test(word) && (!(words[1] && isName(bare[1])) || AUXILIARIES.has(word.toLowerCase()));
    // "the 1035 Facility", "IOM's 2013 International Dialogue": a number after an article or owner opens the name.
    const numberOpens = /^\d+$/.test(word) && i > 0 && /^(?:the|\S+['’]s)$/i.test(bare[i - 1]) && words[i + 1] !== undefined && isName(bare[i + 1]);
    // "I" is the asker ("a report I can read"), never a name.
    if ((!isName(word) && !numberOpens) || first || word === 'I' || WH_WORDS.has(word.toLowerCase()) || MONTHS.has(word.toLowerCase())) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length) {
      const next = bare[j];
      if (isName(next) && !/['’]s$/.test(bare[j - 1])) j++;
      else if (NAME_CONNECTORS.has(next.toLowerCase()) && words[j + 1] && isName(bare[j + 1])) j++;
      else break;
    }
    // A lone place adjective before a noun ("Mexican government body") modifies it: the phrase is the antecedent.
    const next = bare[j] ?? '';
    if (j === i + 1 && isDemonym(word) && /^\p{Ll}/u.test(next) && !QUESTION_STOP_WORDS.has(next) && !PREPOSITIONS.has(next)) {
      i = j;
      continue;
    }
    const articled = i > 0 && /^(?:the|its|their|our)$/.test(bare[i - 1].toLowerCase());
    // "the Libya crisis", "the Bangkok seminar": the article is the noun's, which the name modifies, so the phrase is
    // the antecedent, not "the Libya". Only one name word and one noun that ends the phrase ("the ACP Observatory on
    // Migration stretch" is a name).
    const endsPhrase = () => {
      const after = (bare[j + 1] ?? '').toLowerCase();
      return after === '' || PREPOSITIONS.has(after) || QUESTION_STOP_WORDS.has(after) || COMMON_VERBS.has(after) || /[,;:?.!]$/.test(words[j]);
    };
    // After "did"/"will" the subject needs a verb: with none later ("When did the Office close?") the word after the
    // name is it; with one ("Did the Libya crisis in 2011 affect …", "Will the Geneva meeting on return be held?") it is
    // the noun.
    const subjectOfVerb = () => {
      const aux = i >= 2 ? bare[i - 2].toLowerCase() : '';
      return (DO_AUX.has(aux) || MODALS.has(aux)) && !words.slice(j + 1).some((w) => /^\p{Ll}/u.test(w) && isVerbLike(clean(w)));
    };
    if (articled && j === i + 1 && /^\p{Ll}+$/u.test(next) && isCommonNoun(next) && !/(?:ed|ly)$/.test(next) && endsPhrase() && !subjectOfVerb()) {
      const modified = phrase(['the', ...words.slice(i, j + 1)], 'phrase');
      if (modified) out.push(modified);
      i = j + 1;
      continue;
    }
    // "its Migration Research and Policy Programme" is "the …" when it stands on its own.
    const withArticle = articled ? ['the', ...words.slice(i, j)] : words.slice(i, j);
    const found = phrase(withArticle, 'name');
    const owner = /['’]s$/.test(bare[j - 1]);
    if (found && !/^\d+$/.test(found.text)) out.push(owner ? { ...found, possessor: true } : found);
    // "IOM's latest publications catalogue": what is owned is what the question is about.
    if (owner) {
      let k = j;
      // The owned noun phrase runs on through names and "and" ("IOM's flagship World Migration report", "IOM's
      // research and policy programme") up to a preposition, a question word or a verb.
      const common = (w: string) => /^[\p{Ll}\d]/u.test(w) && isCommonNoun(w);
      // "IOM's 2010 review": after a year, a word that can be a verb is the noun it dates.
      const datedNoun = (at: number) => /^\p{Ll}+$/u.test(bare[at]) && !PREPOSITIONS.has(bare[at]) && datesNoun(bare, at - 1);
      while (k < words.length) {
        const w = bare[k];
        if (common(w) || datedNoun(k) || (isName(w) && !WH_WORDS.has(w.toLowerCase()) && !/['’]s$/.test(w))) k++;
        else if (k > j && w === 'and' && words[k + 1] !== undefined && common(bare[k + 1])) k++;
        else break;
      }
      // A name alone after the owner ("IOM's Migration Profiles") is a name, not an owned phrase: it needs a common head,
      // and more than a year ("IOM's 2010").
      while (k > j && !common(bare[k - 1]) && !datedNoun(k - 1)) k--;
      const yearOnly = k === j + 1 && /^\d+$/.test(bare[j]);
      const owned = k > j && !yearOnly ? phrase(words.slice(i, k), 'phrase') : null;
      if (owned && !ADVERBS.test(bare[k - 1])) out.push({ ...owned, topic: true });
    }
    i = j;
  }
  return out;
}
