/** Whole lines that scrapers leave in articles and that carry no content. */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^Inhalt des Artikels$/i,
  /^Source link(-\d+)?$/i,
  /^Advertisement$/i,
  /^Anzeige$/i,
  /^Werbung$/i,
  /^Article content$/i,
  /^Story continues below( this)? advertisement$/i,
  /^(Share|Teilen)( this article| on \w+)?$/i,
  /^—? ?(Mit Dateien von|With files from) .{1,60}$/i,
];
