import { TECH_TAXONOMY_DATA, TechCategory } from './tech-taxonomy.data';

/**
 * Technologies named in a CV, from the taxonomy in `tech-taxonomy.data.ts`. Matching is by whole words
 * (a synonym never matches inside another word: "Java" is not found in "JavaScript", "React" not in
 * "reactive"); the longest synonym at a position wins ("Spring Boot" over "Spring").
 */
export interface Technology {
  readonly label: string;
  readonly category: TechCategory;
}

interface Taxonomy {
  /** Synonyms that name a technology anywhere in the text. */
  readonly prose: ReadonlyMap<string, Technology>;
  /** Synonyms that name it only as a whole item of a skills list ("Go", "R"). */
  readonly listOnly: ReadonlyMap<string, Technology>;
  readonly longest: number;
}

/** Lower-case words; `/`, `-` and punctuation separate them; `.`, `+` and `#` stay inside ("node.js", "c++", "c#"). */
export function techTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/(^|[^a-z0-9])\.net(?![a-z0-9])/g, '$1dotnet')
    .split(/[^a-z0-9.+#]+/)
    .map((t) => t.replace(/^[.]+|[.]+$/g, ''))
    .filter(Boolean);
}

function buildTaxonomy(): Taxonomy {
  const prose = new Map<string, Technology>();
  const listOnly = new Map<string, Technology>();
  let longest = 1;
  for (const [category, block] of Object.entries(TECH_TAXONOMY_DATA) as [TechCategory, string][]) {
    for (const line of block.split('\n').map((l) => l.trim()).filter(Boolean)) {
      const [label, ...synonyms] = line.split('|');
      const tech: Technology = { label, category };
      const labelKey = techTokens(label).join(' ');
      const restricted = new Set(synonyms.filter((s) => s.startsWith('!')).map((s) => techTokens(s.slice(1)).join(' ')));
      const names = [...(restricted.has(labelKey) ? [] : [label]), ...synonyms.filter((s) => !s.startsWith('!'))];
      for (const name of names) {
        const tokens = techTokens(name);
        longest = Math.max(longest, tokens.length);
        if (!prose.has(tokens.join(' '))) prose.set(tokens.join(' '), tech);
      }
      for (const key of restricted) if (!listOnly.has(key)) listOnly.set(key, tech);
    }
  }
  return { prose, listOnly, longest };
}

export const TAXONOMY: Taxonomy = buildTaxonomy();

/** How many technologies the taxonomy knows. */
export function taxonomySize(): number {
  return new Set([...TAXONOMY.prose.values(), ...TAXONOMY.listOnly.values()].map((t) => t.label)).size;
}

/** A version after a list item is not part of its name ("Go 1.22", "Java 17", "Python 3.12"). */
const VERSION = /^v?\d[\d.x]*$/;

/**
 * The technologies of `listItems` (the entries of a skills section, each matched whole first) and of
 * the free `text`, in the order they were listed, then found.
 */
export function findTechnologies(listItems: readonly string[], text: string): Technology[] {
  const found = new Map<string, Technology>();
  const add = (t: Technology | undefined) => {
    if (t && !found.has(t.label)) found.set(t.label, t);
  };
  for (const item of listItems) {
    const tokens = techTokens(item);
    while (tokens.length > 1 && VERSION.test(tokens[tokens.length - 1])) tokens.pop();
    const key = tokens.join(' ');
    const whole = TAXONOMY.prose.get(key) ?? TAXONOMY.listOnly.get(key);
    if (whole) add(whole);
    else scan(tokens).forEach(add);
  }
  for (const phrase of phrases(text)) scan(techTokens(phrase)).forEach(add);
  return [...found.values()];
}

/**
 * The text cut where a name cannot continue: punctuation, line and sentence ends ("AWS (EC2" is not
 * "AWS EC2"); links and e-mail addresses go first (their words are not skills).
 */
function phrases(text: string): string[] {
  return text
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+/gi, '\n')
    .split(/[\n,;|()[\]{}:!?•·]+|\.(?=\s|$)/);
}

function scan(tokens: readonly string[]): Technology[] {
  const result: Technology[] = [];
  for (let i = 0; i < tokens.length; ) {
    let matched = 0;
    for (let n = Math.min(TAXONOMY.longest, tokens.length - i); n >= 1 && !matched; n--) {
      const tech = TAXONOMY.prose.get(tokens.slice(i, i + n).join(' '));
      if (tech) {
        result.push(tech);
        matched = n;
      }
    }
    i += matched || 1;
  }
  return result;
}

/** The category of a technology named by its label, or null for a label the taxonomy does not know. */
export function categoryOf(label: string): TechCategory | null {
  const key = techTokens(label).join(' ');
  return (TAXONOMY.prose.get(key) ?? TAXONOMY.listOnly.get(key))?.category ?? null;
}
