import { CandidateProfile, Education, WorkExperience } from '@candor/domain';
import { yearsOfExperience } from '../../ai/engine/skill-detector';
import { findPhoneNumber } from './cv-phone';
import { SOFT_SKILLS } from './soft-skills';
import { findTechnologies } from './tech-skills';

/**
 * A CV's text to a candidate profile, by heuristics over its lines and sections. Technical skills come
 * from the technologies taxonomy (`tech-taxonomy.data.ts`), matched by whole words.
 * Pure: `today` (YYYY-MM) stands in for "present" in date ranges.
 */
type Section = 'header' | 'summary' | 'experience' | 'education' | 'skills' | 'other';

const HEADINGS: readonly [RegExp, Section][] = [
  [/^(professional\s+)?(summary|profile|about( me)?|objective|overview)$/, 'summary'],
  [/^((professional|work|relevant)\s+)?(experience|employment( history)?|work history|career history)$/, 'experience'],
  [/^(education|academic background|qualifications|education and training)$/, 'education'],
  [/^((technical|core|key)\s+)?(skills|competencies|technologies|tech stack|skills and technologies)$/, 'skills'],
  [/^(certifications?|projects|languages|interests|hobbies|awards|publications|references|volunteering)$/, 'other'],
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:${MONTH}\\s+)?(?:\\d{1,2}[/.-])?\\d{4}(?:[/.-]\\d{1,2})?`;
const DATE_RANGE = new RegExp(`(${DATE})\\s*(?:-|–|—|to|until)\\s*(${DATE}|present|current|now|today)`, 'i');
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const LINKEDIN = /(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/in\/[A-Za-z0-9_%-]+\/?/i;
const LINK =
  /(?:\bhttps?:\/\/|\bwww\.)[^\s<>()|,;"']+|\b(?:[a-z]{2,3}\.)?(?:github\.com|gitlab\.com|bitbucket\.org|linkedin\.com|stackoverflow\.com|behance\.net|dribbble\.com|medium\.com|kaggle\.com|dev\.to)\/[^\s<>()|,;"']+/gi;
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{6,}\d/g;
const DEGREE =
  /\b(bachelor(?:'s)?(?: of [a-z]+)?|master(?:'s)?(?: of [a-z]+)?|ph\.?d\.?|doctor(?:ate)?(?: of [a-z]+)?|mba|m\.?sc\.?|b\.?sc\.?|b\.?s\.|m\.?s\.|b\.?a\.|m\.?a\.|b\.?eng\.?|m\.?eng\.?|b\.?tech|m\.?tech|associate(?:'s)? degree|diploma)(?=\s|,|$)/i;
const INSTITUTION = /\b(university|college|institute|school|academy|polytechnic|politecnico|universit[äéa]t?|universidad|universidade|hochschule)(?![a-z])/i;
const LOCATION = /^[A-Z][A-Za-z .'-]+,\s*[A-Z][A-Za-z .]+$/;
const NAME = /^[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){1,3}$/;

export function parseCv(text: string, today: string): CandidateProfile {
  const lines = text
    .replace(/\r/g, '')
    .split('\n')
    .map((l) => l.replace(/[\u00a0\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim())
    .filter(Boolean);
  const sections = splitSections(lines);
  const header = sections.get('header') ?? [];
  const skillItems = (sections.get('skills') ?? []).flatMap((l) => l.replace(/^[A-Za-z &]+:\s*/, '').split(/[,;|•·]+/)).map((s) => s.trim()).filter(Boolean);
  const workExperience = parseExperience(sections.get('experience') ?? []);
  const location = findLocation(header);
  return {
    fullName: findName(header, lines),
    email: text.match(EMAIL)?.[0] ?? null,
    phone: findPhoneNumber(lines, location ?? header.join(' ')) ?? findPhone(lines),
    location,
    linkedinUrl: normaliseLinkedIn(text.match(LINKEDIN)?.[0]),
    links: findLinks(text),
    summary: clip((sections.get('summary') ?? []).join(' '), 2000),
    technicalSkills: findTechnologies(skillItems, text).map((t) => t.label),
    softSkills: findSoftSkills(text),
    workExperience,
    education: parseEducation(sections.get('education') ?? []),
    totalExperienceYears: experienceYears(workExperience, today) ?? yearsOfExperience(text),
  };
}

function splitSections(lines: readonly string[]): Map<Section, string[]> {
  const sections = new Map<Section, string[]>([['header', []]]);
  let current: Section = 'header';
  for (const line of lines) {
    const heading = headingOf(line);
    if (heading) {
      current = heading;
      if (!sections.has(current)) sections.set(current, []);
      continue;
    }
    sections.get(current)?.push(line);
  }
  return sections;
}

function headingOf(line: string): Section | null {
  if (line.length > 40) return null;
  const normalised = line.toLowerCase().replace(/[:#*_=-]+/g, ' ').replace(/&/g, 'and').replace(/\s+/g, ' ').trim();
  return HEADINGS.find(([pattern]) => pattern.test(normalised))?.[1] ?? null;
}

/** A labelled name, else the first header line that reads like two to four capitalised words. */
function findName(header: readonly string[], lines: readonly string[]): string | null {
  const labelled = lines.map((l) => l.match(/^(?:full\s+)?name\s*:\s*(.+)$/i)?.[1]?.trim()).find(Boolean);
  if (labelled) return labelled;
  for (const line of header.slice(0, 6)) {
    for (const segment of line.split(/\s*[|•·]\s*/)) {
      if (NAME.test(segment) && !EMAIL.test(segment) && !headingOf(segment)) return segment;
    }
  }
  return null;
}

/** When libphonenumber-js knows no such number: a labelled run of 9 to 15 digits that is not a year range, as written. */
function findPhone(lines: readonly string[]): string | null {
  const ordered = [...lines.filter((l) => /\b(phone|tel|mobile|cell)\b/i.test(l)), ...lines.slice(0, 10)];
  for (const line of ordered) {
    for (const match of line.match(PHONE) ?? []) {
      const digits = match.replace(/\D/g, '');
      if (digits.length >= 9 && digits.length <= 15 && !DATE_RANGE.test(match)) return match.trim();
    }
  }
  return null;
}

function findLocation(header: readonly string[]): string | null {
  for (const line of header.slice(0, 8)) {
    const labelled = line.match(/^(?:location|address|based in)\s*:\s*(.+)$/i)?.[1];
    if (labelled) return labelled.trim();
    const segment = line.split(/\s*[|•·]\s*/).find((s) => LOCATION.test(s) && !EMAIL.test(s));
    if (segment) return segment;
  }
  return null;
}

/** Every web link (profiles, repositories, portfolio) once, with its scheme; e-mail domains are not links. */
function findLinks(text: string): string[] {
  const links = new Set<string>();
  for (const match of text.match(LINK) ?? []) {
    const url = match.replace(/[.)\]]+$/, '');
    links.add(/^https?:\/\//i.test(url) ? url : `https://${url}`);
  }
  return [...links].slice(0, 20);
}

function normaliseLinkedIn(url: string | undefined): string | null {
  if (!url) return null;
  return /^https?:\/\//i.test(url) ? url : `https://${url}`;
}

function findSoftSkills(text: string): string[] {
  const lower = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `;
  return SOFT_SKILLS.filter((s) => s.phrases.some((p) => new RegExp(`[^a-z]${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^a-z]`).test(lower))).map((s) => s.label);
}

/** Each line with a date range opens a position; its title and company are on that line or the one before. */
function parseExperience(lines: readonly string[]): WorkExperience[] {
  const entries: { company: string | null; title: string | null; startDate: string | null; endDate: string | null; description: string[] }[] = [];
  lines.forEach((line, i) => {
    const range = line.match(DATE_RANGE);
    if (!range) {
      entries[entries.length - 1]?.description.push(line.replace(/^[-•*·]\s*/, ''));
      return;
    }
    let rest = line.replace(range[0], '').replace(/[()[\]]/g, ' ').replace(/\s*[|,–—-]\s*$/, '').replace(/^\s*[|,–—-]\s*/, '').trim();
    const previous = entries[entries.length - 1];
    if (!rest && i > 0 && previous && previous.description.length > 0) rest = previous.description.pop() as string;
    const { title, company } = titleAndCompany(rest);
    entries.push({ title, company, startDate: normaliseDate(range[1]), endDate: normaliseDate(range[2]), description: [] });
  });
  return entries.map((e) => ({ ...e, description: clip(e.description.join(' '), 1000) }));
}

function titleAndCompany(text: string): { title: string | null; company: string | null } {
  const at = text.match(/^(.+?)\s+(?:at|@)\s+(.+)$/i);
  if (at) return { title: at[1].trim(), company: at[2].trim() };
  const parts = text.split(/\s*(?:,|\||–|—|\s-\s)\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2) return { title: parts[0], company: parts[1] };
  return { title: parts[0] ?? null, company: null };
}

/** `2020-01`, `01/2020`, `Jan 2020` to `2020-01`; a bare year stays `2020`; present/current to null. */
function normaliseDate(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (/^(present|current|now|today)$/.test(v)) return null;
  const year = v.match(/\d{4}/)?.[0];
  if (!year) return null;
  const monthName = MONTHS.findIndex((m) => v.startsWith(m));
  if (monthName >= 0) return `${year}-${String(monthName + 1).padStart(2, '0')}`;
  const numeric = v.match(/^(\d{4})[/.-](\d{1,2})$/) ?? v.match(/^(\d{1,2})[/.-](\d{4})$/);
  if (numeric) {
    const month = Number(numeric[1].length === 4 ? numeric[2] : numeric[1]);
    if (month >= 1 && month <= 12) return `${year}-${String(month).padStart(2, '0')}`;
  }
  return year;
}

/** Months covered by the positions (overlaps counted once), in years to one decimal. */
function experienceYears(entries: readonly WorkExperience[], today: string): number | null {
  const spans = entries
    .filter((e) => e.startDate)
    .map((e) => [monthIndex(e.startDate as string, false), monthIndex(e.endDate ?? today, true)] as const)
    .filter(([s, e]) => e >= s)
    .sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return null;
  let months = 0;
  let [start, end] = spans[0];
  for (const [s, e] of spans.slice(1)) {
    if (s > end + 1) {
      months += end - start + 1;
      [start, end] = [s, e];
    } else end = Math.max(end, e);
  }
  months += end - start + 1;
  return Math.round((months / 12) * 10) / 10;
}

/** A month count; a bare year starts in January and ends in December. */
function monthIndex(date: string, isEnd: boolean): number {
  const [year, month] = date.split('-').map(Number);
  return year * 12 + (month ? month - 1 : isEnd ? 11 : 0);
}

function parseEducation(lines: readonly string[]): Education[] {
  const result: Education[] = [];
  lines.forEach((line, i) => {
    const degree = line.match(DEGREE);
    if (!degree) return;
    const around = [lines[i - 1], line, lines[i + 1]].filter((l): l is string => !!l);
    const institutionLine = around.find((l) => INSTITUTION.test(l)) ?? null;
    const afterDegree = line.slice((degree.index ?? 0) + degree[0].length);
    const field = afterDegree.match(/^\s*(?:in|,)\s*([A-Z][A-Za-z &]+?)(?=\s*(?:,|\||–|—|-|\(|\d|$))/)?.[1]?.trim() ?? null;
    const years = around.flatMap((l) => l.match(/\b(19|20)\d{2}\b/g) ?? []);
    result.push({
      degree: degree[1],
      institution: institutionLine ? institutionName(institutionLine) : null,
      field: field && !INSTITUTION.test(field) ? field : null,
      endDate: years.length ? years[years.length - 1] : null,
    });
  });
  return result;
}

function institutionName(line: string): string {
  const segment = line.split(/\s*(?:,|\||–|—|\s-\s|\()\s*/).find((s) => INSTITUTION.test(s));
  return (segment ?? line).trim();
}

function clip(text: string, max: number): string | null {
  const t = text.trim();
  if (!t) return null;
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
