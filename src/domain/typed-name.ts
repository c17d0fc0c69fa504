// Typed names: a person's name is right without titles ("Premier Kosygin" = "Kosygin"), with or
// without given names, and with small slips of spelling or transliteration ("Kosigin", "Rajeev").
import type { TypedGrade } from './typed-date.ts';

export interface NameGrade {
  grade: TypedGrade;
  message: string;
}

/** Words that name an office or a courtesy, not the person; dropped before names are compared. */
const TITLE_WORDS = new Set(
  [
    'mr mrs ms miss dr sir lord lady shri sri smt begum sahib nawabzada sardar maulana mian hazrat',
    'president vice prime minister premier chancellor king queen prince princess emperor shah sheikh sultan',
    'foreign defence defense deputy secretary state general ambassador envoy high commissioner chief',
    'army naval air marshal admiral commander colonel col lt lieutenant major maj capt captain brig',
    'brigadier gen field chairman governor senator speaker justice',
    'of the and in a an then former late first second third new soviet russian pakistani indian',
    'american chinese british us',
  ]
    .join(' ')
    .split(' '),
);

/** Lower case, no accents or punctuation, spellings folded so transliterations meet ("ee" = "i"). */
function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/ee|ie/g, 'i')
    .replace(/oo|ou/g, 'u')
    .replace(/(.)\1+/g, '$1');
}

/** The words of a name that name the person, folded; "Premier Alexei N. Kosygin" → alexei, n, kosigin. */
export function nameWords(name: string): string[] {
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !TITLE_WORDS.has(w.toLowerCase()))
    .map(fold);
}

/** Edits (insert, delete, change, swap two neighbours) from one word to another. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] ?? 0;
}

/** Short words must be exact; a slip is allowed from four letters, two from eight. */
function sameWord(typed: string, expected: string): boolean {
  if (typed === expected) return true;
  // An initial matches the word it stands for ("V Chirkin" for "Vladimir Chirkin").
  if (typed.length === 1 || expected.length === 1) return typed[0] === expected[0];
  const allowed = expected.length >= 8 ? 2 : expected.length >= 4 ? 1 : 0;
  return editDistance(typed, expected) <= allowed;
}

function gradeAgainst(expected: string, typed: string[]): TypedGrade {
  const words = nameWords(expected);
  const surname = words.at(-1);
  if (surname === undefined) return 'wrong';
  const unmatched = typed.filter((t) => !words.some((w) => sameWord(t, w)));
  const hasSurname = typed.some((t) => sameWord(t, surname));
  // "Vladimir Putin" for "Putin": a given name the answer leaves out is no error.
  if (words.length === 1) return hasSurname ? 'right' : 'wrong';
  if (unmatched.length > 0) return 'wrong';
  return hasSurname ? 'right' : 'partial';
}

const RANK: Record<TypedGrade, number> = { wrong: 0, partial: 1, right: 2 };

/**
 * Grades a typed name against the answer and any other names the sources give for the same person
 * (a conflict's claims). Right: the surname, with or without given names and titles, allowing small
 * slips. Partly right: only given names ("Alexei" for "Alexei Kosygin"). Wrong: any other name.
 */
export function gradeName(
  answer: string,
  typedText: string,
  alternatives: readonly string[] = [],
): NameGrade {
  const typed = nameWords(typedText);
  if (typed.length === 0) return { grade: 'wrong', message: `Not quite: the answer is ${answer}.` };
  let grade: TypedGrade = 'wrong';
  for (const name of [answer, ...alternatives]) {
    const g = gradeAgainst(name, typed);
    if (RANK[g] > RANK[grade]) grade = g;
  }
  if (grade === 'right') return { grade, message: `Right: ${answer}.` };
  if (grade === 'partial') return { grade, message: `Partly right: the full name is ${answer}.` };
  return { grade, message: `Not quite: the answer is ${answer}.` };
}
