import type { feeds as en } from '../en/feeds.ts';

export const feeds = {
  'feeds.all.title': '{archive}: заявления',
  'feeds.all.description': 'Новые заявления о международном наблюдении за выборами, сначала новые.',
  'feeds.country.title': '{archive}: заявления — {country}',
  'feeds.country.description': 'Новые заявления о наблюдении за выборами по стране {country}, сначала новые.',
  'feeds.organization.title': '{archive}: заявления — {organization}',
  'feeds.organization.description': 'Новые заявления организации {organization} и сообщения СМИ, передающие её заявления, сначала новые.',
  'calendar.name': '{archive}: {name}',
  'calendar.all.name': 'выборы и миссии',
  'calendar.all.description': 'Дни выборов и этапы миссий по наблюдению за выборами в регионе ОБСЕ.',
  'calendar.country.description': 'Дни выборов и этапы миссий по наблюдению за выборами по стране {country}.',
  'calendar.mission.name': '{country}: {title}',
  'calendar.mission.description': 'Дни выборов и этапы наблюдения: {name}.',
  'calendar.election': '{kind, select, referendum {Референдум} other {{label} выборы}}',
  'calendar.electionDay.summary': '{country}: {election}{round, select, none {} other {, {round}-й тур}} (день голосования)',
  'calendar.electionDay.description': '{type, select, unstated {{title}.} other {{title} — тип миссии: {type}.}} Миссия, её цифры и их источники: {url}',
  'calendar.electionDay.category': 'День выборов',
  'calendar.milestone.summary':
    '{country}: {milestone}{planned, select, yes { (запланировано)} other {}}{byDay, select, yes { (не позднее этого дня)} other {}}',
  'calendar.milestone.mission': '{type, select, unstated {{title}.} other {{title}, миссия {type}.}}',
  'calendar.milestone.when':
    '{milestone}: {planned, select, yes {{byDay, select, yes {запланировано не позднее} other {запланировано на}}} other {{byDay, select, yes {состоялось не позднее} other {состоялось}}}} {date}',
  'calendar.milestone.source': 'Источник и подробности: {url}',
} as const satisfies Record<keyof typeof en, string>;
