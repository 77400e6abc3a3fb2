import { CountryCode, findPhoneNumbersInText } from 'libphonenumber-js';

/**
 * The CV's phone number in E.164 (`+442079460958`), read with libphonenumber-js: international numbers as
 * written, national ones ("(020) 7946 0958") in the country the CV names (its location), the US otherwise.
 */
const COUNTRY_HINTS: readonly [RegExp, CountryCode][] = [
  [/\b(united kingdom|uk|england|scotland|wales|london|manchester|edinburgh|birmingham)\b/i, 'GB'],
  [/\b(germany|deutschland|berlin|munich|münchen|hamburg|frankfurt|cologne|köln)\b/i, 'DE'],
  [/\b(france|paris|lyon|marseille|toulouse)\b/i, 'FR'],
  [/\b(spain|españa|madrid|barcelona|valencia)\b/i, 'ES'],
  [/\b(italy|italia|rome|roma|milan|milano)\b/i, 'IT'],
  [/\b(netherlands|holland|amsterdam|rotterdam|utrecht)\b/i, 'NL'],
  [/\b(belgium|brussels|antwerp)\b/i, 'BE'],
  [/\b(switzerland|zurich|zürich|geneva|bern)\b/i, 'CH'],
  [/\b(austria|vienna|wien)\b/i, 'AT'],
  [/\b(poland|warsaw|krakow|kraków|wroclaw)\b/i, 'PL'],
  [/\b(sweden|stockholm|gothenburg)\b/i, 'SE'],
  [/\b(ireland|dublin|cork)\b/i, 'IE'],
  [/\b(portugal|lisbon|lisboa|porto)\b/i, 'PT'],
  [/\b(india|bangalore|bengaluru|mumbai|delhi|hyderabad|pune|chennai)\b/i, 'IN'],
  [/\b(canada|toronto|vancouver|montreal|ottawa)\b/i, 'CA'],
  [/\b(australia|sydney|melbourne|brisbane|perth)\b/i, 'AU'],
  [/\b(brazil|brasil|são paulo|sao paulo|rio de janeiro)\b/i, 'BR'],
  [/\b(mexico|méxico|guadalajara)\b/i, 'MX'],
  [/\b(japan|tokyo|osaka)\b/i, 'JP'],
  [/\b(singapore)\b/i, 'SG'],
  [/\b(nigeria|lagos|abuja)\b/i, 'NG'],
  [/\b(south africa|johannesburg|cape town)\b/i, 'ZA'],
  [/\b(israel|tel aviv)\b/i, 'IL'],
  [/\b(ukraine|kyiv|kiev|lviv)\b/i, 'UA'],
];

export function countryOf(location: string | null): CountryCode {
  if (location) for (const [pattern, country] of COUNTRY_HINTS) if (pattern.test(location)) return country;
  return 'US';
}

/** Labelled lines first ("Phone: …"), then the header; the first valid number wins. */
export function findPhoneNumber(lines: readonly string[], location: string | null): string | null {
  const defaultCountry = countryOf(location);
  const ordered = [...lines.filter((l) => /\b(phone|tel|mobile|cell)\b/i.test(l)), ...lines.slice(0, 12)];
  for (const line of ordered) {
    const found = findPhoneNumbersInText(line, { defaultCountry });
    if (found.length > 0) return found[0].number.number;
  }
  return null;
}
