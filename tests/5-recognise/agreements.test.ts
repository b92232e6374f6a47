import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/index.js';
import { names, run } from '../helpers/facts.js';

describe('recognise/agreements', () => {
  it.each<[Language, string, string]>([
    ['de', 'Kanada und Japan verhandeln über einen Pakt zum Austausch von Geheimdienstinformationen.', 'Pakt zum Austausch von Geheimdienstinformationen'],
    ['de', 'Die EU und Mexiko unterzeichneten ein Freihandelsabkommen.', 'Freihandelsabkommen'],
    ['de', 'Deutschland und Frankreich unterzeichneten das Allgemeine Abkommen über den Handel mit Stahl.', 'Allgemeine Abkommen über den Handel mit Stahl'],
    ['de', 'Die Regierung und die Rebellen vereinbarten eine Waffenruhe.', 'Waffenruhe'],
    ['de', 'Das Kyoto-Protokoll trat 2005 in Kraft.', 'Kyoto-Protokoll'],
    ['en', 'Mexico and Canada are negotiating a free trade agreement on car parts.', 'free trade agreement on car parts'],
    ['en', 'Venezuela and China will continue a joint venture agreement to produce steel.', 'joint venture agreement to produce steel'],
    ['en', 'The United States and Canada signed the Paris Agreement in 2016.', 'Paris Agreement'],
    ['en', 'Japan and South Korea agreed to extend GSOMIA.', 'General Security of Information Agreement'],
    ['en', 'Russia and the United States ratified New START.', 'New START'],
    ['en', 'China and the Philippines signed a memorandum of understanding on oil exploration.', 'memorandum of understanding on oil exploration'],
    ['en', 'Britain said the European Convention on Human Rights concerning the right to a fair trial applies.', 'European Convention on Human Rights'],
  ])('recognise/agreements %s: finds the agreement in "%s"', (lang, text, name) => {
    expect(names(run(text, lang), 'agreement')).toContain(name);
  });

  it.each<[Language, string]>([
    ['en', 'You have to deal with it, and a great deal of money was spent.'],
    ['en', 'Siemens signed a deal with Alstom to build trains.'],
    ['en', 'Air Deccan has signed a deal to acquire 36 planes. The value of the deal was not revealed.'],
    ['de', 'Er hat einen neuen Arbeitsvertrag unterschrieben.'],
    ['en', 'After a bad year the team needs a new start.'],
    ['de', 'Der Konzern schloss einen Deal mit einem Zulieferer.'],
    ['en', 'Delegates cheered at the Democratic National Convention in Chicago.'],
    ['en', "Roosevelt's New Deal changed the economy."],
    ['en', 'Packets are routed by the Internet Protocol.'],
  ])('recognise/agreements %s: finds no agreement in "%s"', (lang, text) => {
    expect(names(run(text, lang), 'agreement')).toEqual([]);
  });

  it('recognise/agreements de: a country inside a proper treaty name is no country mention', () => {
    const doc = run('Frankreich und Kanada haben das Paris Agreement unterzeichnet.', 'de');
    expect(doc.entities.filter((e) => e.type === 'country').map((e) => e.code).sort()).toEqual(['CA', 'FR']);
    expect(doc.entities.find((e) => e.code === 'FR')?.mentions.map((m) => m.text)).toEqual(['Frankreich']);
  });
});
