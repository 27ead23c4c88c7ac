import { ProtectedClassDetector, type DetectorHit, type RuleSetData } from './detector';
import { HashtagSplitter } from './hashtag';
import type { ProtectedClass } from './protected-class';

/** Version 2's matching: hashtags, emoji, word lists, classes sharing words, exclusions. */
const detector = new ProtectedClassDetector();

function classesOf(hits: DetectorHit[]): Set<ProtectedClass> {
  return new Set(hits.map((hit) => hit.class));
}

describe('version 2 matching', () => {
  it.each<[string, ProtectedClass, string]>([
    ['Happy #PrideMonth everyone', 'SEXUAL_ORIENTATION', '#PrideMonth'],
    ['#bornandraisedinmanila forever', 'NATIONAL_ORIGIN', '#bornandraisedinmanila'],
    ['Love is love 🏳️‍🌈', 'SEXUAL_ORIENTATION', '🏳️‍🌈'],
    ['Trans rights 🏳️‍⚧️', 'GENDER_IDENTITY', '🏳️‍⚧️'],
    ['✝️ blessed', 'RELIGION', '✝️'],
    ['We speak Tagalog at home', 'NATIONAL_ORIGIN', 'speak Tagalog'],
    ['Grew up in Kraków before we moved', 'NATIONAL_ORIGIN', 'Grew up in Kraków'],
    ['Spoiling my grandbabies', 'AGE', 'grandbabies'],
    ['My mom’s breast cancer is why I run', 'GENETIC_INFORMATION', 'My mom’s breast cancer'],
    ['Proud Democrat, knocked on doors all day', 'POLITICAL_AFFILIATION', 'Democrat'],
  ])('%p flags %s over %p', (text, cls, span) => {
    const hits = detector.scan(text).filter((h) => h.class === cls);
    expect(hits.some((h) => h.text.includes(span))).toBe(true);
  });

  it('flags every class whose rules list the same literal words', () => {
    const custom = new ProtectedClassDetector({
      version: 'test',
      rules: [
        { id: 'SEX-1', class: 'SEX', phrases: ['trans woman'] },
        { id: 'GENDER_IDENTITY-1', class: 'GENDER_IDENTITY', phrases: ['trans woman'] },
      ],
    });
    expect(custom.scan('I’m a trans woman and a former EMT').map((h) => [h.class, h.text])).toEqual(
      [
        ['GENDER_IDENTITY', 'trans woman'],
        ['SEX', 'trans woman'],
      ],
    );
  });

  it('drops a hit inside a longer hit of a class that takes precedence over it', () => {
    const rules: RuleSetData['rules'] = [
      {
        id: 'GENETIC_INFORMATION-1',
        class: 'GENETIC_INFORMATION',
        phrases: ['my {RELATIVE} {CONDITION}'],
      },
      { id: 'DISABILITY-1', class: 'DISABILITY', phrases: ['{CONDITION}'] },
    ];
    const macros = { RELATIVE: ['mom'], CONDITION: ['breast cancer'] };
    const text = 'My mom’s breast cancer is why I run, and my own breast cancer too';
    const flags = (ruleSet: RuleSetData) =>
      new ProtectedClassDetector(ruleSet).scan(text).map((h) => [h.class, h.text]);
    expect(flags({ version: 'test', macros, rules })).toEqual([
      ['GENETIC_INFORMATION', 'My mom’s breast cancer'],
      ['DISABILITY', 'breast cancer'],
      ['DISABILITY', 'breast cancer'],
    ]);
    const precedence = [{ id: 'P', class: 'GENETIC_INFORMATION', over: ['DISABILITY'] }];
    expect(flags({ version: 'test', macros, rules, precedence })).toEqual([
      ['GENETIC_INFORMATION', 'My mom’s breast cancer'],
      ['DISABILITY', 'breast cancer'],
    ]);
  });

  it('reads a condition as family history in a relative’s phrase, and as a disability on its own', () => {
    expect(classesOf(detector.scan('Family history of heart disease'))).toEqual(
      new Set(['GENETIC_INFORMATION']),
    );
    expect(classesOf(detector.scan('I was diagnosed with heart disease last year'))).toContain(
      'DISABILITY',
    );
  });

  it('reads a gazetteer place only in a birthplace pattern, and never a US one', () => {
    expect(detector.scan('The Manila folder is on my desk')).toEqual([]);
    expect(classesOf(detector.scan('Born and raised in Milwaukee'))).toEqual(new Set());
  });

  it('keeps street, team and company names: checked only around a hit', () => {
    for (const text of [
      'Gay Street has the best bookstore',
      'Trivia at Veterans Memorial Park',
      'Mass Ave traffic',
    ]) {
      expect(detector.scan(text)).toEqual([]);
    }
  });
});

describe('hashtags', () => {
  const splitter = new HashtagSplitter(['pride', 'manila', 'veteran', 'sober']);

  it.each([
    ['PrideMonth', 'pride month'],
    ['bornandraisedinmanila', 'born and raised in manila'],
    ['ProudVeteran2024', 'proud veteran 2024'],
    ['sober_life', 'sober life'],
  ])('splits #%s into "%s"', (tag, words) => {
    expect(splitter.split(tag)).toBe(words);
  });

  it.each<[string, ProtectedClass]>([
    ['Marching today #PrideParade', 'SEXUAL_ORIENTATION'],
    ['#proudveteran and proud of it', 'VETERAN_STATUS'],
    ['#BornAndRaisedInLagos', 'NATIONAL_ORIGIN'],
  ])('flags the whole tag in %p as %s', (text, cls) => {
    const hits = detector.scan(text).filter((h) => h.class === cls);
    expect(hits.map((h) => h.text)).toEqual([text.match(/#\w+/)?.[0]]);
  });

  it('leaves a tag with nothing protected in it', () => {
    expect(detector.scan('#MondayMotivation #GoPackGo')).toEqual([]);
  });
});

describe('status emoji', () => {
  it.each<[string, ProtectedClass]>([
    ['🏳️‍🌈', 'SEXUAL_ORIENTATION'],
    ['🏳‍🌈', 'SEXUAL_ORIENTATION'], // without the variation selector
    ['🏳️‍⚧️', 'GENDER_IDENTITY'],
    ['☪️', 'RELIGION'],
    ['✡️', 'RELIGION'],
    ['🕉️', 'RELIGION'],
    ['⛪', 'RELIGION'],
  ])('%s is %s, with exact offsets', (emoji, cls) => {
    const text = `Weekend plans ${emoji} see you there`;
    const hits = detector.scan(text).filter((h) => h.class === cls);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual([emoji]);
  });

  it('ignores emoji that state nothing', () => {
    expect(detector.scan('Great game 🏈🔥 ⚽')).toEqual([]);
  });
});
