/**
 * First-level divisions (the provinces package: US states, Canadian provinces, ...), the abbreviations news
 * agencies write for US states (AP style: "Conn.", "S.C."), and the world's regions that are not countries.
 */
import provinces from 'provinces/provinces.json';
import { placeKey, type Place } from './place';

interface ProvinceRow {
  readonly name: string;
  readonly short?: string;
  readonly alt?: readonly string[];
  readonly country: string;
}

/** AP stylebook abbreviations of US state names, as datelines and agency copy use them. */
const AP_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'AL',
  'Ariz.': 'AZ',
  'Ark.': 'AR',
  'Calif.': 'CA',
  'Colo.': 'CO',
  'Conn.': 'CT',
  'Del.': 'DE',
  'Fla.': 'FL',
  'Ga.': 'GA',
  'Ill.': 'IL',
  'Ind.': 'IN',
  'Kan.': 'KS',
  'Kans.': 'KS',
  'Ky.': 'KY',
  'La.': 'LA',
  'Md.': 'MD',
  'Mass.': 'MA',
  'Mich.': 'MI',
  'Minn.': 'MN',
  'Miss.': 'MS',
  'Mo.': 'MO',
  'Mont.': 'MT',
  'Neb.': 'NE',
  'Nebr.': 'NE',
  'Nev.': 'NV',
  'N.H.': 'NH',
  'N.J.': 'NJ',
  'N.M.': 'NM',
  'N.Y.': 'NY',
  'N.C.': 'NC',
  'N.D.': 'ND',
  'Okla.': 'OK',
  'Ore.': 'OR',
  'Pa.': 'PA',
  'R.I.': 'RI',
  'S.C.': 'SC',
  'S.D.': 'SD',
  'Tenn.': 'TN',
  'Tex.': 'TX',
  'Vt.': 'VT',
  'Va.': 'VA',
  'Wash.': 'WA',
  'W.Va.': 'WV',
  'Wis.': 'WI',
  'Wyo.': 'WY',
  'D.C.': 'DC',
};

/** Continents and regions that news names as places. */
const WORLD_REGIONS: readonly string[] = [
  'Africa',
  'Asia',
  'Europe',
  'North America',
  'South America',
  'Latin America',
  'Central America',
  'Middle East',
  'Near East',
  'Far East',
  'Antarctica',
  'Oceania',
  'Caribbean',
  'Balkans',
  'Scandinavia',
  'Central Asia',
  'South Asia',
  'Southeast Asia',
  'East Asia',
  'Eastern Europe',
  'Western Europe',
  'Central Europe',
  'Persian Gulf',
  'Mediterranean',
  'Pacific',
  'Atlantic',
  'Arctic',
  'Siberia',
  'Crimea',
  'Donbas',
  'Donbass',
  'Gaza Strip',
  'Gaza',
  'West Bank',
  'Golan Heights',
  'Kashmir',
  'Sahara',
  'Sahel',
  'Horn of Africa',
  'Sub-Saharan Africa',
  'Baltics',
  'Caucasus',
  'Midwest',
  'New England',
  'Persian Gulf',
  'Indian Ocean',
  'Pacific Ocean',
  'Atlantic Ocean',
  'Black Sea',
  'Baltic Sea',
  'South China Sea',
  'Red Sea',
  'North Sea',
  'Caspian Sea',
  'Panama Canal',
  'Suez Canal',
  'Strait of Hormuz',
  'Silicon Valley',
  'Wall Street',
  'Tibet',
  'Chechnya',
  'Kurdistan',
  'Ulster',
  'Northern Ireland',
  'Scotland',
  'England',
  'Wales',
  'Puerto Rico',
  'Guam',
];

export function buildRegionIndex(): Map<string, Place> {
  const byName = new Map<string, Place>();
  for (const row of provinces as readonly ProvinceRow[]) {
    const place: Place = {
      key: `region:${row.country}-${row.short ?? row.name}`,
      name: row.name,
      type: 'LOCATION',
      country: row.country,
      population: 0,
      major: row.country === 'US' || row.country === 'CA' || row.country === 'AU',
      capital: false,
    };
    byName.set(placeKey(row.name), place);
    for (const alt of row.alt ?? []) byName.set(placeKey(alt), place);
  }
  for (const name of WORLD_REGIONS) {
    const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
    byName.set(placeKey(name), {
      key: `region:${slug}`,
      name,
      type: 'LOCATION',
      country: null,
      population: 0,
      major: true,
      capital: false,
    });
  }
  return byName;
}

/**
 * The AP abbreviations count only with their dot, exactly as written: without it "Miss", "Wash" and "Mo"
 * are words.
 */
export function buildStateAbbreviationIndex(regions: ReadonlyMap<string, Place>): Map<string, Place> {
  const byAbbreviation = new Map<string, Place>();
  const byCode = new Map<string, Place>();
  for (const place of regions.values()) {
    if (place.key.startsWith('region:US-')) byCode.set(place.key.slice('region:US-'.length), place);
  }
  for (const [abbreviation, code] of Object.entries(AP_STATE_ABBREVIATIONS)) {
    const place = byCode.get(code);
    if (place !== undefined) byAbbreviation.set(abbreviation, place);
  }
  return byAbbreviation;
}
