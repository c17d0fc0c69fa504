// The one wrapper around compromise: the few readings of English the extractor and the deck writer
// ask of it (names, places, verbs and their tenses, a word's tags), each with its cache.
import nlp from 'compromise';

/** Bounded caches, so a long-lived worker does not grow without end. */
const CACHE_MAX = 5000;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, value);
  return value;
}

/** The people and the places compromise reads in a text, as written there. */
export interface PeopleAndPlaces {
  people: string[];
  places: string[];
}

/** The people and places of `text` (not cached: the caller keeps what it makes of them). */
export function peopleAndPlaces(text: string): PeopleAndPlaces {
  const doc = nlp(text);
  return { people: doc.people().out('array') as string[], places: doc.places().out('array') as string[] };
}

const placeCache = new Map<string, boolean>();

/** Whether the text names a place compromise knows (countries, big cities, regions). */
export function namesKnownPlace(text: string): boolean {
  return placeCache.get(text) ?? remember(placeCache, text, nlp(text).places().found);
}

const countryCache = new Map<string, boolean>();

/** Whether the text holds a word compromise tags as a country ("Pakistan", "the Soviet Union"). */
export function namesCountry(text: string): boolean {
  return countryCache.get(text) ?? remember(countryCache, text, nlp(text).has('#Country'));
}

/** The simple past of a base form ("visit" → "visited"), or null when compromise has none. */
export function pastTense(base: string): string | null {
  const forms = nlp(base).verbs().conjugate()[0] as { PastTense?: string } | undefined;
  return forms?.PastTense ?? null;
}

/** One verb phrase of a text as compromise reads it; a part it could not read is missing. */
export interface VerbReading {
  /** The phrase as written: "did not sign", "was signed". */
  text: string;
  /** Where the phrase starts in the text (UTF-16 code units). */
  start?: number;
  negative?: boolean;
  /** The main verb as written: "signed". */
  root?: string;
  /** Its base form: "sign". */
  infinitive?: string;
  /** Auxiliaries before it: "was", "did not". */
  auxiliary?: string;
  /** "PastTense", "PresentTense", "FutureTense". */
  tense?: string;
  /** "simple-past", "passive-past", "simple-present", "past-perfect-progressive", … */
  form?: string;
  /** A form of "be" as the main verb. */
  copula?: boolean;
}

/** compromise's JSON for one verb phrase, as far as we read it. */
interface VerbJson {
  text: string;
  terms?: { offset?: { start: number } }[];
  verb?: {
    negative?: boolean;
    root?: string;
    infinitive?: string;
    auxiliary?: string;
    grammar?: { tense?: string; form?: string; copula?: boolean };
  };
}

/** Sets `key` only when compromise gave a value, so a missing part stays missing (exactOptionalPropertyTypes). */
function put<K extends keyof VerbReading>(out: VerbReading, key: K, value: VerbReading[K] | undefined): void {
  if (value !== undefined) out[key] = value;
}

const verbCache = new Map<string, readonly VerbReading[]>();

/** The verb phrases of `text` in order, with their offsets and tenses. */
export function verbsOf(text: string): VerbReading[] {
  // The same clauses are read again by the clause splitter and the deck writer: parsing is the cost.
  const known = verbCache.get(text) ?? remember(verbCache, text, readVerbs(text));
  return known.map((v) => ({ ...v }));
}

function readVerbs(text: string): VerbReading[] {
  return (nlp(text).verbs().json({ offset: true }) as VerbJson[]).map((v) => {
    const out: VerbReading = { text: v.text };
    put(out, 'start', v.terms?.[0]?.offset?.start);
    put(out, 'negative', v.verb?.negative);
    put(out, 'root', v.verb?.root);
    put(out, 'infinitive', v.verb?.infinitive);
    put(out, 'auxiliary', v.verb?.auxiliary);
    put(out, 'tense', v.verb?.grammar?.tense);
    put(out, 'form', v.verb?.grammar?.form);
    put(out, 'copula', v.verb?.grammar?.copula);
    return out;
  });
}

/** Whether `text` holds a word compromise reads as a verb and not as part of a name. */
export function hasVerbNotName(text: string): boolean {
  return nlp(text).match('#Verb').not('#ProperNoun').found;
}

/** The tags of one word that the question writer asks about. */
export interface WordTags {
  properNoun: boolean;
  plural: boolean;
}

const tagCache = new Map<string, WordTags>();

/** compromise's tags of one word, once per word: questions ask about the same subjects again and again. */
export function wordTags(word: string): WordTags {
  const known = tagCache.get(word);
  if (known) return known;
  const doc = nlp(word);
  return remember(tagCache, word, { properNoun: doc.has('#ProperNoun'), plural: doc.has('#Plural') });
}
