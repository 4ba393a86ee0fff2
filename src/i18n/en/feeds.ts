/** RSS feeds of statements and iCalendar files of election days and milestones. */
export const feeds = {
  'feeds.all.title': '{archive}: statements',
  'feeds.all.description': 'New statements on international election observation, newest first.',
  'feeds.country.title': '{archive}: statements on {country}',
  'feeds.country.description': 'New statements on election observation in {country}, newest first.',
  'feeds.organization.title': '{archive}: statements by and on {organization}',
  'feeds.organization.description': 'New statements issued by {organization}, and news reports relaying its announcements, newest first.',
  'calendar.name': '{archive}: {name}',
  'calendar.all.name': 'elections and missions',
  'calendar.all.description': 'Election days and observation mission milestones in the OSCE area.',
  'calendar.country.description': 'Election days and observation mission milestones in {country}.',
  'calendar.mission.name': '{country}: {title}',
  'calendar.mission.description': 'Election days and milestones of the observation of {name}.',
  'calendar.election': '{kind, select, referendum {Referendum} other {{label} elections}}',
  'calendar.electionDay.summary': '{country}: {election}{round, select, none {} other {, round {round}}} (election day)',
  'calendar.electionDay.description':
    '{type, select, unstated {{title}.} other {{title}. Mission type: {type}.}} The mission, its figures and their sources: {url}',
  'calendar.electionDay.category': 'Election day',
  'calendar.milestone.summary': '{country}: {milestone}{planned, select, yes { (planned)} other {}}{byDay, select, yes { (by this day)} other {}}',
  'calendar.milestone.mission': '{type, select, unstated {{title}.} other {{title}, {type} mission.}}',
  'calendar.milestone.when': '{milestone}: {planned, select, yes {planned for} other {took place}}{byDay, select, yes { by} other {}} {date}.',
  'calendar.milestone.source': 'Source and details: {url}',
} as const;
