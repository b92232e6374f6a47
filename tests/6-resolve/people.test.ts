import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/index.js';
import { run } from '../helpers/facts.js';

/** Each person entity as `name: mention texts`. */
function clusters(text: string, language: Language): string[] {
  return run(text, language)
    .entities.filter((e) => e.type === 'person')
    .map((e) => `${e.name}: ${e.mentions.map((m) => m.text).join(', ')}`);
}

describe('resolve/people: coreference', () => {
  it.each<[Language, string, string[]]>([
    // a surname alone joins the full name
    ['de', 'Außenministerin Klara Mertens reiste ab. Mertens sagte nichts.', ['Klara Mertens: Klara Mertens, Mertens']],
    ['en', 'Richard Hallworth opened a shop. Hallworth said it went well.', ['Richard Hallworth: Richard Hallworth, Hallworth']],
    // possessives
    ['de', 'Premierminister Haruto Sakamoto kam. Sakamotos Regierung wankt.', ['Haruto Sakamoto: Haruto Sakamoto, Sakamotos']],
    ['en', "Prime Minister Alan Pryce spoke. Pryce's plan failed.", ['Alan Pryce: Alan Pryce, Pryce']],
    // title + surname
    ['en', 'Richard Hallworth opened a shop. Mr Hallworth was pleased.', ['Richard Hallworth: Richard Hallworth, Hallworth']],
    ['de', 'Monika Berghaus eröffnete einen Laden. Frau Berghaus war zufrieden.', ['Monika Berghaus: Monika Berghaus, Berghaus']],
    // a surname before the full name joins it too; the fullest form names the entity
    ['en', 'Mr Pryce arrived. Later Alan Pryce spoke.', ['Alan Pryce: Pryce, Alan Pryce']],
    // family name first: the first word of a three-word name is found alone
    ['de', 'UN-Generalsekretär Ban Ki Tae verurteilte den Angriff. Bans Erklärung kam spät.', ['Ban Ki Tae: Ban Ki Tae, Bans']],
    // a given name and its initial agree; a middle name may be left out
    ['en', 'George W. Pratt spoke. Then George Pratt left.', ['George W. Pratt: George W. Pratt, George Pratt']],
    ['en', 'Vice president Jose Vicente Marin spoke. Jose Marin left.', ['Jose Vicente Marin: Jose Vicente Marin, Jose Marin']],
    // a surname written without its diacritics is the same surname
    ['en', 'President Recep Tayyip Erdoğan spoke. Erdogan left.', ['Recep Tayyip Erdoğan: Recep Tayyip Erdoğan, Erdogan']],
  ])('resolve/people %s joins "%s"', (lang, text, expected) => {
    expect(clusters(text, lang)).toEqual(expected);
  });

  it.each<[Language, string, string[]]>([
    // two people with the same surname stay apart; a bare surname joins the one named last
    [
      'en',
      'Gordon Hale met Nick Hale. Nick Hale left first. Hale said nothing.',
      ['Gordon Hale: Gordon Hale', 'Nick Hale: Nick Hale, Nick Hale, Hale'],
    ],
    [
      'de',
      'Kanzler Peter Lorenz traf Anna Lorenz. Später kam Peter Lorenz allein. Lorenz lachte.',
      ['Peter Lorenz: Peter Lorenz, Peter Lorenz, Lorenz', 'Anna Lorenz: Anna Lorenz'],
    ],
    // another given name before the surname: another person, not a mention of the one we know
    ['de', 'Richard Hallworth gründete die Firma. Später übernahm Sigismund Hallworth sie.', ['Richard Hallworth: Richard Hallworth']],
  ])('resolve/people %s keeps apart "%s"', (lang, text, expected) => {
    expect(clusters(text, lang)).toEqual(expected);
  });

  it.each<[Language, string, string]>([
    ['de', 'Damals übernahm der Kalif Ibrahim – alias Abu Bakr al-Hashimi – die Gruppe.', 'Abu Bakr al-Hashimi: Ibrahim, Abu Bakr al-Hashimi'],
    ['en', 'The leader Omar Fadl, also known as Abu Yusuf al-Tamimi, fled.', 'Abu Yusuf al-Tamimi: Omar Fadl, Abu Yusuf al-Tamimi'],
  ])('resolve/people %s joins an alias in "%s"', (lang, text, expected) => {
    expect(clusters(text, lang)).toEqual([expected]);
  });
});
