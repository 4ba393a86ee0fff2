/**
 * News agencies and papers that report on elections in the OSCE area, by the names they print (in Latin and
 * Cyrillic, with their regional editions: "ИНТЕРФАКС-ЗАПАД" is Interfax's) and by their sites. A news report is
 * filed under its outlet, and one outlet under one id however a page spells it: "Интерфакс", "INTERFAX.RU" and
 * interfax.ru are `interfax`; kyivpost.com and "Kyiv Post" are `kyiv-post`.
 *
 * Ids follow the archive's: the outlet's name as a slug (`ria-novosti`, `astana-times`), with the country's code
 * where the name is a site's and repeats from one country to the next (`news-az`, `24-kg`, `report-az`). An outlet
 * the archive holds keeps its archive id. Outlets are kept apart from `organizations.ts`, whose names are looked for
 * in running text and whose sites make a text an organization's own release: an outlet's site makes it a news
 * report, and an outlet named in passing ("according to Reuters") is no organization of the mission.
 */

export const NEWS_OUTLETS: ReadonlyArray<{ id: string; names: readonly string[]; websites?: readonly string[] }> = [
  // Held by the archive already: the spellings and sites its entries do not give.
  { id: 'apa', names: ['APA', 'АПА', 'Azeri-Press Agency'], websites: ['apa.az'] },
  { id: 'armenpress', names: ['Armenpress', 'Арменпресс'], websites: ['armenpress.am'] },
  { id: 'asia-plus', names: ['Asia-Plus', 'Азия-Плюс'], websites: ['asiaplustj.info'] },
  { id: '24-kg', names: ['24.kg', '24.kg news agency'], websites: ['24.kg'] },
  { id: 'kazinform', names: ['Kazinform', 'Казинформ', 'МИА «Казинформ»'], websites: ['inform.kz', 'kazinform.kz'] },
  { id: 'ria-novosti', names: ['RIA Novosti', 'РИА Новости', 'РИА «Новости»'], websites: ['ria.ru'] },
  {
    id: 'rferl',
    names: ['RFE/RL', 'Radio Free Europe/Radio Liberty', 'Радио Свобода', 'Радио Азаттык'],
    websites: ['rferl.org', 'svoboda.org', 'azattyk.org', 'azattyq.org', 'ozodi.org'],
  },
  { id: 'tass', names: ['TASS', 'ТАСС', 'ITAR-TASS', 'ИТАР-ТАСС'], websites: ['tass.ru', 'tass.com', 'itar-tass.com'] },
  { id: 'trend', names: ['Trend', 'Тренд', 'Trend News Agency'], websites: ['trend.az'] },
  {
    id: 'sputnik',
    names: ['Sputnik', 'Спутник'],
    websites: ['sputniknews.com', 'sputnikglobe.com', 'sputniknews.ru', 'sputnik.by', 'sputnik.kz', 'sputnik.kg', 'sputnik.md'],
  },
  { id: 'xinhua', names: ['Xinhua', 'Синьхуа'], websites: ['xinhuanet.com', 'news.cn'] },
  // News agencies of the region.
  {
    id: 'interfax',
    names: ['Interfax', 'Интерфакс', 'Interfax-West', 'Интерфакс-Запад', 'Interfax-AVN'],
    websites: ['interfax.ru', 'interfax.com', 'interfax.by'],
  },
  { id: 'interfax-ukraine', names: ['Interfax-Ukraine', 'Интерфакс-Украина'], websites: ['interfax.com.ua'] },
  { id: 'interfax-kazakhstan', names: ['Interfax-Kazakhstan', 'Интерфакс-Казахстан'], websites: ['interfax.kz'] },
  { id: 'interfax-azerbaijan', names: ['Interfax-Azerbaijan', 'Интерфакс-Азербайджан'], websites: ['interfax.az'] },
  { id: 'belta', names: ['BelTA', 'БелТА', 'Belarusian Telegraph Agency'], websites: ['belta.by'] },
  { id: 'belapan', names: ['BelaPAN', 'БелаПАН'], websites: ['belapan.by', 'belapan.com'] },
  { id: 'regnum', names: ['Regnum', 'REGNUM', 'ИА REGNUM', 'ИА Регнум'], websites: ['regnum.ru'] },
  { id: 'unian', names: ['UNIAN', 'УНИАН', 'УНІАН'], websites: ['unian.net', 'unian.ua', 'unian.info'] },
  { id: 'ukrinform', names: ['Ukrinform', 'Укринформ', 'Укрінформ'], websites: ['ukrinform.net', 'ukrinform.ua', 'ukrinform.ru'] },
  { id: 'kabar', names: ['Kabar', 'KABAR', 'Кабар'], websites: ['kabar.kg'] },
  { id: 'akipress', names: ['AKIpress', 'АКИpress'], websites: ['akipress.com', 'akipress.org'] },
  { id: 'kaztag', names: ['KazTAG', 'КазТАГ'], websites: ['kaztag.kz'] },
  { id: 'khovar', names: ['Khovar', 'Ховар'], websites: ['khovar.tj'] },
  { id: 'uza', names: ['UzA', 'УзА'], websites: ['uza.uz'] },
  { id: 'arminfo', names: ['ArmInfo', 'Арминфо'], websites: ['arminfo.am', 'arminfo.info'] },
  { id: 'report-az', names: ['Report.az', 'Report'], websites: ['report.az'] },
  { id: 'day-az', names: ['Day.Az'], websites: ['day.az'] },
  { id: 'moldpres', names: ['Moldpres', 'Молдпрес'], websites: ['moldpres.md'] },
  { id: 'infotag', names: ['Infotag', 'Инфотаг'], websites: ['infotag.md'] },
  { id: 'interpressnews', names: ['InterPressNews', 'Интерпресс-ньюс'], websites: ['interpressnews.ge'] },
  { id: 'tengrinews', names: ['Tengrinews', 'Tengrinews.kz'], websites: ['tengrinews.kz'] },
  { id: 'mir24-tv', names: ['Мир 24', 'МИР 24', 'Mir 24'], websites: ['mir24.tv'] },
  { id: 'rt', names: ['RT', 'Russia Today'], websites: ['rt.com', 'russian.rt.com'] },
  { id: 'rbc', names: ['РБК', 'RBC'], websites: ['rbc.ru'] },
  { id: 'vedomosti', names: ['Ведомости', 'Vedomosti'], websites: ['vedomosti.ru'] },
  { id: 'izvestia', names: ['Известия', 'Izvestia'], websites: ['iz.ru'] },
  { id: 'novaya-gazeta', names: ['Новая газета', 'Novaya Gazeta'], websites: ['novayagazeta.ru'] },
  { id: 'ekho-kavkaza', names: ['Эхо Кавказа', 'Ekho Kavkaza'], websites: ['ekhokavkaza.com'] },
  { id: 'hina', names: ['HINA', 'Hina'], websites: ['hina.hr'] },
  { id: 'tanjug', names: ['Tanjug', 'Танюг'], websites: ['tanjug.rs'] },
  { id: 'beta', names: ['Beta news agency'], websites: ['beta.rs'] },
  { id: 'fena', names: ['FENA'], websites: ['fena.ba'] },
  { id: 'mina', names: ['MINA', 'Montenegrin News Agency'], websites: ['mina.news'] },
  { id: 'bta', names: ['BTA', 'Bulgarian News Agency'], websites: ['bta.bg'] },
  { id: 'agerpres', names: ['Agerpres', 'AGERPRES'], websites: ['agerpres.ro'] },
  { id: 'mti', names: ['MTI', 'Hungarian News Agency'], websites: ['mti.hu'] },
  { id: 'pap', names: ['PAP', 'Polish Press Agency'], websites: ['pap.pl'] },
  { id: 'tvn24', names: ['TVN24'], websites: ['tvn24.pl'] },
  { id: 'leta', names: ['LETA'], websites: ['leta.lv'] },
  { id: 'bns', names: ['BNS', 'Baltic News Service'], websites: ['bns.lt', 'bns.ee'] },
  { id: 'elta', names: ['ELTA'], websites: ['elta.lt'] },
  { id: 'baltic-times', names: ['The Baltic Times', 'Baltic Times'], websites: ['baltictimes.com'] },
  { id: 'hurriyet-daily-news', names: ['Hürriyet Daily News', 'Hurriyet Daily News'], websites: ['hurriyetdailynews.com'] },
  { id: 'balkan-insight', names: ['Balkan Insight', 'BIRN'], websites: ['balkaninsight.com'] },
  // Agencies and papers beyond the region.
  { id: 'reuters', names: ['Reuters', 'Рейтер', 'Рейтерс'], websites: ['reuters.com'] },
  { id: 'afp', names: ['AFP', 'Agence France-Presse', 'Франс Пресс'], websites: ['afp.com'] },
  { id: 'associated-press', names: ['Associated Press', 'AP'], websites: ['apnews.com'] },
  { id: 'dpa', names: ['dpa', 'Deutsche Presse-Agentur'], websites: ['dpa.com'] },
  { id: 'anadolu-agency', names: ['Anadolu Agency', 'Anadolu', 'AA'], websites: ['aa.com.tr'] },
  { id: 'dw', names: ['DW', 'Deutsche Welle', 'Немецкая волна'], websites: ['dw.com'] },
  { id: 'bbc', names: ['BBC', 'Би-би-си'], websites: ['bbc.com', 'bbc.co.uk'] },
  { id: 'euronews', names: ['Euronews'], websites: ['euronews.com'] },
  { id: 'eurasianet', names: ['Eurasianet', 'EurasiaNet'], websites: ['eurasianet.org'] },
  { id: 'kyiv-post', names: ['Kyiv Post'], websites: ['kyivpost.com'] },
  { id: 'moscow-times', names: ['The Moscow Times', 'Moscow Times'], websites: ['themoscowtimes.com'] },
  { id: 'china-daily', names: ['China Daily'], websites: ['chinadaily.com.cn'] },
  { id: 'euractiv', names: ['Euractiv', 'EURACTIV'], websites: ['euractiv.com'] },
  { id: 'politico-europe', names: ['Politico Europe', 'POLITICO Europe'], websites: ['politico.eu'] },
  { id: 'kommersant', names: ['Kommersant', 'Коммерсантъ', 'Коммерсант'], websites: ['kommersant.ru'] },
];

/** The outlet whose site an address is on, by the table: "https://en.trend.az/…" → `trend`. */
export function outletOfWebsite(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return NEWS_OUTLETS.find((o) => (o.websites ?? []).some((site) => host === site || host.endsWith(`.${site}`)))?.id;
}
