// Command-line options of `npm run decks`.

export interface DecksOptions {
  sources: string;
  deck: string | null;
  out: string;
  report: boolean;
  facts: string | null;
  previous: string | null;
  help: boolean;
}

export const DECKS_HELP = `Usage: npm run decks -- --sources DIR [--deck ID] [--out DIR] [--facts FILE] [--report]

Turns the articles (*.txt) in DIR into one deck and writes decks/<deck-id>.deck.json, validated with
the schema the app uses, and beside it its digest, decks/<deck-id>.deck.digest.txt (one line per card:
id, date, prompt, answer; commit it with the deck). Two runs on the same input write byte-identical files.

  --sources DIR   folder of article text files (read only)
  --deck ID       use decks/eras/ID.eras.json for the deck's id, title, description and eras (an
                  unknown ID names the deck and uses decade eras).
                  Default: the era file whose keywords make up at least 2% of the articles' words.
                  When none does, the deck is named after the two countries its facts name most
                  ("pakistan-china", "Pakistan–China relations"; else "deck-" + a hash of the file
                  names) and its eras are generic decades ("The 1960s", with "Before 1900").
  --out DIR       where to write the deck and its digest (default: decks)
  --facts FILE    use extracted facts from FILE (the JSON of \`npm run extract -- --json\`) instead of
                  running the extractor
  --previous FILE the deck's last published version (default: the deck file already in --out). Cards
                  it holds under ids the new deck no longer has are matched to the new cards that ask
                  the same thing, and the deck ships that alias map (old id → new id) so the app
                  moves their progress; the aliases FILE ships are carried on.
  --report        also print a Markdown review sheet of every fact and card, by era, with conflicts
  --help          show this text
`;

/** Parses argv (without node and script); throws an Error with a readable message on bad input. */
export function parseDecksArgs(argv: readonly string[]): DecksOptions {
  const opts: DecksOptions = {
    sources: '',
    deck: null,
    out: 'decks',
    report: false,
    facts: null,
    previous: null,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--sources') opts.sources = value();
    else if (arg === '--deck') opts.deck = value();
    else if (arg === '--out') opts.out = value();
    else if (arg === '--facts') opts.facts = value();
    else if (arg === '--previous') opts.previous = value();
    else if (arg === '--report') opts.report = true;
    else if (arg === '--help' || arg === '-h') opts.help = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (!opts.help && !opts.sources) throw new Error('--sources DIR is required');
  if (opts.deck !== null && !/^[a-z0-9-]+$/.test(opts.deck))
    throw new Error('--deck must be lowercase letters, digits and dashes');
  return opts;
}
