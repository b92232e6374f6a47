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
  ])('%s has %i sentences', (text, count) => {
    expect(sentences(text)).toHaveLength(count);
  });

  it('ends a sentence after a closing quote', () => {
    expect(sentences('Er sagte: „Ja.“ Dann ging er.')).toEqual(['Er sagte: „Ja.“', 'Dann ging er.']);
  });

  it('caps sentences in text without any sentence end', () => {
    const text = 'wort '.repeat(2000);
    const s = splitSentences(text, tokenize(text));
    expect(s.length).toBeGreaterThan(1);
    expect(Math.max(...s.map((x) => x.tokenEnd - x.tokenStart))).toBeLessThanOrEqual(400);
  });
});
