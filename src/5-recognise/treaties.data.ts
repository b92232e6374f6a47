/**
 * Well-known treaties by name and acronym, in both languages: the names a head-noun rule
 * cannot find (`New START`, `NAFTA`, `JCPOA`) or would cut short. Hand-kept because no data
 * package lists treaties with their German and English names. One row per treaty:
 * canonical English name, canonical German name, other forms (a form with an all-capitals word,
 * `NAFTA`, `New START`, is matched case-sensitively).
 */
export interface Treaty {
  en: string;
  de: string;
  forms: readonly string[];
}

export const TREATIES: readonly Treaty[] = [
  { en: 'General Security of Information Agreement', de: 'Allgemeines Abkommen über die Sicherheit von Informationen', forms: ['GSOMIA', 'GSOIA'] },
  { en: 'North American Free Trade Agreement', de: 'Nordamerikanisches Freihandelsabkommen', forms: ['NAFTA'] },
  { en: 'United States–Mexico–Canada Agreement', de: 'USMCA', forms: ['USMCA'] },
  { en: 'Transatlantic Trade and Investment Partnership', de: 'Transatlantisches Freihandelsabkommen', forms: ['TTIP'] },
  { en: 'Comprehensive Economic and Trade Agreement', de: 'Umfassendes Wirtschafts- und Handelsabkommen', forms: ['CETA'] },
  { en: 'Joint Comprehensive Plan of Action', de: 'Gemeinsamer umfassender Aktionsplan', forms: ['JCPOA', 'Wiener Atomabkommen'] },
  { en: 'New START', de: 'New START', forms: ['New-START-Vertrag'] },
  { en: 'Intermediate-Range Nuclear Forces Treaty', de: 'INF-Vertrag', forms: ['INF Treaty', 'INF'] },
  { en: 'Treaty on the Non-Proliferation of Nuclear Weapons', de: 'Atomwaffensperrvertrag', forms: ['Non-Proliferation Treaty', 'NPT', 'Nichtverbreitungsvertrag'] },
  { en: 'Comprehensive Nuclear-Test-Ban Treaty', de: 'Kernwaffenteststopp-Vertrag', forms: ['CTBT'] },
  { en: 'Paris Agreement', de: 'Pariser Klimaabkommen', forms: ['Paris climate agreement', 'Paris Climate Agreement', 'Paris climate accord', 'Pariser Abkommen', 'Pariser Klimavertrag', 'Übereinkommen von Paris'] },
  { en: 'Kyoto Protocol', de: 'Kyoto-Protokoll', forms: ['Kyoto-Protokolls', 'Kyoto Protocol'] },
  { en: 'Good Friday Agreement', de: 'Karfreitagsabkommen', forms: ['Belfast Agreement', 'Karfreitagsabkommens'] },
  { en: 'Minsk agreements', de: 'Minsker Abkommen', forms: ['Minsk Agreement', 'Minsk agreement', 'Minsker Vereinbarungen', 'Minsk II'] },
  { en: 'Schengen Agreement', de: 'Schengener Abkommen', forms: ['Schengen-Abkommen', 'Schengener Übereinkommen'] },
  { en: 'Treaty of Lisbon', de: 'Vertrag von Lissabon', forms: ['Lisbon Treaty', 'Lissabon-Vertrag'] },
  { en: 'Maastricht Treaty', de: 'Vertrag von Maastricht', forms: ['Treaty of Maastricht', 'Maastricht-Vertrag'] },
  { en: 'Dublin Regulation', de: 'Dublin-Abkommen', forms: ['Dublin-Verordnung', 'Dubliner Abkommen'] },
  { en: 'General Agreement on Tariffs and Trade', de: 'Allgemeines Zoll- und Handelsabkommen', forms: ['GATT'] },
  { en: 'Trans-Pacific Partnership', de: 'Transpazifische Partnerschaft', forms: ['TPP', 'CPTPP'] },
  { en: 'Regional Comprehensive Economic Partnership', de: 'Regionale umfassende Wirtschaftspartnerschaft', forms: ['RCEP'] },
  { en: 'Anti-Ballistic Missile Treaty', de: 'ABM-Vertrag', forms: ['ABM Treaty'] },
  { en: 'Strategic Arms Limitation Talks', de: 'SALT', forms: ['SALT I', 'SALT II'] },
  { en: 'Strategic Arms Reduction Treaty', de: 'START-Vertrag', forms: ['START I', 'START II'] },
  { en: 'Open Skies Treaty', de: 'Open-Skies-Vertrag', forms: ['Treaty on Open Skies', 'Vertrag über den Offenen Himmel'] },
  { en: 'Dayton Agreement', de: 'Dayton-Abkommen', forms: ['Dayton Accords', 'Abkommen von Dayton'] },
  { en: 'Oslo Accords', de: 'Oslo-Abkommen', forms: ['Oslo Accord', 'Osloer Abkommen'] },
  { en: 'Abraham Accords', de: 'Abraham-Abkommen', forms: ['Abraham Accord'] },
  { en: 'Geneva Conventions', de: 'Genfer Konventionen', forms: ['Geneva Convention', 'Genfer Konvention', 'Genfer Abkommen'] },
  { en: 'Montreal Protocol', de: 'Montreal-Protokoll', forms: ['Montrealer Protokoll'] },
  { en: 'Black Sea Grain Initiative', de: 'Getreideabkommen', forms: ['Schwarzmeer-Getreideabkommen'] },
  { en: 'EU–Turkey deal', de: 'EU-Türkei-Abkommen', forms: ['EU-Türkei-Deal', 'Flüchtlingspakt'] },
  { en: 'Treaty of Versailles', de: 'Versailler Vertrag', forms: ['Vertrag von Versailles'] },
  { en: 'Elysée Treaty', de: 'Élysée-Vertrag', forms: ['Elysée-Vertrag', 'Élysée Treaty'] },
  { en: 'Mercosur agreement', de: 'Mercosur-Abkommen', forms: ['EU-Mercosur agreement', 'EU-Mercosur-Abkommen'] },
];
