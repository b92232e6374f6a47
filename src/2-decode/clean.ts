/**
 * Marks scraping boilerplate (`Inhalt des Artikels`, `Source link-46`, `Advertisement`) as
 * ignorable. The text itself is never changed, so offsets stay offsets into the input.
 * Assigns: doc.ignored.
 */
import type { Doc, Span } from '../doc.js';
import { BOILERPLATE_LINES } from './boilerplate.js';

export function markBoilerplate(doc: Doc): void {
  const ignored: Span[] = [];
  const text = doc.text;
  let lineStart = 0;
  // A line counts as boilerplate only when it is nothing but a known phrase.
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd - lineStart < 80) {
      const line = text.slice(lineStart, lineEnd).trim();
      if (line !== '' && BOILERPLATE_LINES.some((re) => re.test(line))) ignored.push({ start: lineStart, end: lineEnd });
    }
    lineStart = lineEnd + 1;
  }
  doc.ignored = ignored;
}
