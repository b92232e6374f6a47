import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/4-segment/sentences.js';
import { tokenize } from '../../src/4-segment/tokens.js';

function sentences(text: string): string[] {
  return splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
}

describe('segment/sentences', () => {
  it.each([
    ['Er kam z. B. am Montag. Dann ging er.', 2],
    ['Dr. Müller sprach. Sie hörte zu.', 2],
    ['Am 3. Oktober feierten sie. Danach nicht.', 2],
    ['The U.S. Army left. Mr. Smith stayed.', 2],
    ['J. Smith came home. He slept.', 2],
    ['Headline without a period\n\nFirst sentence here. Second one!', 3],
    // what may follow a sentence end, ASCII and not: upper case, digit, quote, bracket
    ['Er kam. Über Nacht blieb er.', 2],
    ['Er kam. „Ja“, sagte sie.', 2],
    ['He came. "Yes," she said.', 2],
    ["He came. 'Yes,' she said.", 2],
    ['He came. (Briefly.) Then left.', 3],
    ['He came. 2024 was the year.', 2],
    ['He came. ÉTAT was the word.', 2],
    ['Er kam um 3. Mai an.', 1],
    ['Er kam. über Nacht blieb er.', 1],
    ['He came. yes, she said.', 1],
    ['He came. _Yes_ she said.', 1],
    ['Er wohnt in Ö. Schmidts Haus.', 1],
    ['Headline\nÜber Nacht', 2],
    ['Headline\n„Zitat“', 2],
    ['Headline\nüber Nacht', 1],
  ])('sentences: %j has %i sentences', (text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });

  it('ends a sentence after a closing quote', () => {
    expect(sentences('Er sagte: „Ja.“ Dann ging er.')).toEqual(['Er sagte: „Ja.“', 'Dann ging er.']);
  });

  it.each([398, 399, 400, 401, 799, 800])('sentences: %i words before a sentence end are cut at the cap, every token in one sentence', (words) => {
    const text = `${'wort '.repeat(words)}Ende. Dann kam er.`;
    const tokens = tokenize(text);
    const s = splitSentences(text, tokens);
    expect(Math.max(...s.map((x) => x.tokenEnd - x.tokenStart))).toBeLessThanOrEqual(400);
    expect(s[0]!.tokenStart).toBe(0);
    for (let k = 1; k < s.length; k++) expect(s[k]!.tokenStart).toBe(s[k - 1]!.tokenEnd);
    expect(s.at(-1)!.tokenEnd).toBe(tokens.length);
    expect(text.slice(s.at(-1)!.start, s.at(-1)!.end)).toBe('Dann kam er.');
  });

  it('caps sentences in text without any sentence end', () => {
    const text = 'wort '.repeat(2000);
    const s = splitSentences(text, tokenize(text));
    expect(s.length).toBeGreaterThan(1);
    expect(Math.max(...s.map((x) => x.tokenEnd - x.tokenStart))).toBeLessThanOrEqual(400);
  });
});
