/**
 * Russian labels of the closed vocabularies in `src/schemas/vocabulary.ts`, each typed against the
 * English record so a value added there without its Russian label fails the type check.
 * Mission types and roles follow the wording of ODIHR's and the OSCE PA's own Russian documents.
 */
import type {
  ASSESSMENTS,
  ELECTION_KINDS,
  FIGURE_STATUSES,
  FINDING_TOPICS,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  MISSION_TYPES,
  LEADER_ROLES,
  OBSERVER_CATEGORIES,
  ORGANIZATION_KINDS,
  OSCE_STATUSES,
  STATEMENT_KINDS,
  FIELDS_OF_WORK,
} from '../../schemas/vocabulary.ts';

type Labels<T> = Record<keyof T, string>;

export const ORGANIZATION_KINDS_RU: Labels<typeof ORGANIZATION_KINDS> = {
  'intergovernmental-organization': 'Межправительственная организация',
  'osce-institution': 'Институт ОБСЕ',
  'osce-chairpersonship': 'Председательство ОБСЕ',
  'osce-field-operation': 'Полевое присутствие ОБСЕ',
  'osce-partnership': 'Группа партнёров ОБСЕ',
  'parliamentary-assembly': 'Парламентская ассамблея',
  'intergovernmental-union': 'Межгосударственный союз',
  government: 'Государственный орган',
  'election-administration': 'Избирательный орган',
  'non-governmental-organization': 'Неправительственная организация',
  media: 'Средство массовой информации',
};

export const OSCE_STATUSES_RU: Labels<typeof OSCE_STATUSES> = {
  'participating-state': 'Государство — участник ОБСЕ',
  'asian-partner': 'Азиатский партнёр по сотрудничеству',
  'mediterranean-partner': 'Средиземноморский партнёр по сотрудничеству',
};

export const ELECTION_KINDS_RU: Labels<typeof ELECTION_KINDS> = {
  parliamentary: 'Парламентские',
  presidential: 'Президентские',
  general: 'Всеобщие',
  'early-presidential': 'Внеочередные президентские',
  'early-parliamentary': 'Внеочередные парламентские',
  local: 'Местные',
  referendum: 'Референдум',
};

export const MISSION_TYPES_RU: Labels<typeof MISSION_TYPES> = {
  NAM: 'Миссия по оценке потребностей',
  EAM: 'Миссия по оценке выборов',
  EET: 'Группа экспертов по выборам',
  LEOM: 'Ограниченная миссия по наблюдению за выборами',
  EOM: 'Миссия по наблюдению за выборами',
  IEOM: 'Международная миссия по наблюдению за выборами',
  SEAM: 'Специальная миссия по оценке выборов',
};

export const LEADER_ROLES_RU: Labels<typeof LEADER_ROLES> = {
  'head-of-mission': 'Глава миссии',
  'head-of-long-term-mission': 'Глава долгосрочной миссии по наблюдению',
  'special-co-ordinator': 'Специальный координатор',
  'short-term-co-ordinator': 'Координатор краткосрочных наблюдателей',
  'head-of-delegation': 'Глава делегации',
};

export const OBSERVER_CATEGORIES_RU: Labels<typeof OBSERVER_CATEGORIES> = {
  'core-team': 'Основная группа',
  'long-term': 'Долгосрочные наблюдатели',
  'short-term': 'Краткосрочные наблюдатели',
  parliamentarians: 'Парламентарии',
  total: 'Все наблюдатели',
};

export const FIGURE_STATUSES_RU: Labels<typeof FIGURE_STATUSES> = {
  deployed: 'направлено',
  planned: 'планировалось',
  expected: 'ожидалось',
};

export const MILESTONE_KINDS_RU: Labels<typeof MILESTONE_KINDS> = {
  'needs-assessment': 'Оценка потребностей',
  opening: 'Открытие миссии',
  'lto-deployment': 'Направление долгосрочных наблюдателей',
  'interim-report': 'Промежуточный отчёт',
  'election-day': 'День выборов',
  'preliminary-statement': 'Заявление о предварительных выводах',
  'final-report': 'Итоговый отчёт',
};

export const MILESTONE_STATUSES_RU: Labels<typeof MILESTONE_STATUSES> = {
  actual: 'состоялось',
  planned: 'планировалось',
};

export const FINDING_TOPICS_RU: Labels<typeof FINDING_TOPICS> = {
  'overall-conduct': 'Общее проведение',
  'legal-framework': 'Правовая база',
  'election-administration': 'Избирательная администрация',
  'fundamental-freedoms': 'Основные свободы',
  'pluralism-and-competition': 'Плюрализм и конкуренция',
  media: 'СМИ',
  'follow-up-of-recommendations': 'Выполнение рекомендаций',
  'co-operation-with-observers': 'Сотрудничество с наблюдателями',
};

export const ASSESSMENTS_RU: Labels<typeof ASSESSMENTS> = {
  positive: 'положительная',
  mixed: 'смешанная',
  negative: 'отрицательная',
};

export const STATEMENT_KINDS_RU: Labels<typeof STATEMENT_KINDS> = {
  'press-release': 'Пресс-релиз',
  'preliminary-statement': 'Заявление о предварительных выводах',
  'interim-report': 'Промежуточный отчёт',
  'final-report': 'Итоговый отчёт',
  'needs-assessment-report': 'Отчёт миссии по оценке потребностей',
  'delegation-statement': 'Заявление делегации в Постоянном совете',
  'chairpersonship-statement': 'Заявление Председательства',
  'government-statement': 'Заявление правительства',
  'news-report': 'Новостное сообщение',
};

/** The OSCE's fields of work as its Russian site names them («Направления деятельности»). */
export const FIELDS_OF_WORK_RU: Record<(typeof FIELDS_OF_WORK)[number], string> = {
  'Arms control': 'Контроль над вооружениями',
  'Border management': 'Управление границами',
  'Combating trafficking in human beings': 'Борьба с торговлей людьми',
  'Conflict prevention and resolution': 'Предотвращение и урегулирование конфликтов',
  'Countering terrorism': 'Противодействие терроризму',
  'Cyber/ICT Security': 'Кибер/ИКТ-безопасность',
  Democratization: 'Демократизация',
  'Economic activities': 'Экономическая деятельность',
  Education: 'Образование',
  Elections: 'Выборы',
  'Environmental activities': 'Экологическая деятельность',
  'Gender equality': 'Гендерное равенство',
  'Good governance': 'Надлежащее управление',
  'Human rights': 'Права человека',
  'Media freedom and development': 'Свобода и развитие СМИ',
  Migration: 'Миграция',
  'National minority issues': 'Вопросы национальных меньшинств',
  Policing: 'Деятельность полиции',
  'Reform and co-operation in the security sector': 'Реформа и сотрудничество в секторе безопасности',
  'Roma and Sinti': 'Рома и синти',
  'Rule of law': 'Верховенство права',
  'Tolerance and non-discrimination': 'Толерантность и недискриминация',
  Youth: 'Молодёжь',
};
