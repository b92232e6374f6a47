/**
 * Language detection by stop words: news text in German and English is told apart by its
 * function words as reliably as by the detector packages, at no load cost. Looks at the
 * first 4,000 characters; ties go to English.
 */
import type { Language } from '../doc.js';

const DE = new Set(
  'der die das und ist nicht ein eine einen dem den des mit sich auf für von zu im auch als sie er es wird wurde hat haben bei nach aus über dass noch wie aber oder wenn nur vor zum zur am sind werden seine ihre dieser diese durch gegen sei'.split(
    ' ',
  ),
);
const EN = new Set(
  'the and is not a an of to in for on with that this was were has have had by from at as it he she they be been are which would will their his her but or said who its after over'.split(
    ' ',
  ),
);

const WORD = /[\p{L}]+/gu;
/** A few hundred words decide between German and English; more costs time on long texts. */
const SAMPLE_CHARS = 4000;
const DECISIVE_LEAD = 25;

export function detectLanguage(text: string): Language {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let de = 0;
  let en = 0;
  for (const m of sample.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (DE.has(w)) de++;
    if (EN.has(w)) en++;
    // a clear lead settles it; reading on would only cost time
    if (de - en >= DECISIVE_LEAD || en - de >= DECISIVE_LEAD) break;
  }
  return de > en ? 'de' : 'en';
}
