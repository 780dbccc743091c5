/** Vacancy status rules (pure). UTKAST → PUBLISERT → BESATT | STENGT; a closed vacancy can be published again. */
import type { AuditAction } from '../audit/actions'
import { isCode, VACANCY_STATUS_CODES, VACANCY_STATUSES, type VacancyStatus } from '../codes'

export const VACANCY_ACTIONS = {
  publish: {
    to: 'PUBLISERT',
    audit: 'VACANCY_PUBLISHED',
    from: ['UTKAST', 'STENGT'],
    label: 'Publiser',
    confirm: 'Vil du publisere stillingen? Jobbspesialister i NAV kan da se den.',
    done: 'Stillingen er publisert.',
  },
  fill: {
    to: 'BESATT',
    audit: 'VACANCY_FILLED',
    from: ['PUBLISERT'],
    label: 'Merk som besatt',
    confirm: 'Vil du merke stillingen som besatt? Den vises da ikke lenger for jobbspesialister.',
    done: 'Stillingen er merket som besatt.',
  },
  close: {
    to: 'STENGT',
    audit: 'VACANCY_CLOSED',
    from: ['UTKAST', 'PUBLISERT'],
    label: 'Steng',
    confirm: 'Vil du stenge stillingen? Den vises da ikke lenger for jobbspesialister.',
    done: 'Stillingen er stengt.',
  },
} as const satisfies Record<
  string,
  { to: VacancyStatus; audit: AuditAction; from: readonly VacancyStatus[]; label: string; confirm: string; done: string }
>

export type VacancyAction = keyof typeof VACANCY_ACTIONS
export function isVacancyAction(value: unknown): value is VacancyAction {
  return typeof value === 'string' && Object.hasOwn(VACANCY_ACTIONS, value)
}

export const VACANCY_ACTION_CODES: readonly VacancyAction[] = Object.keys(VACANCY_ACTIONS).filter(isVacancyAction)

export function allowedActions(status: string): VacancyAction[] {
  return VACANCY_ACTION_CODES.filter((a) => isCode(VACANCY_ACTIONS[a].from, status))
}

/** Why an action cannot be done now (bokmål), or null when it can. */
export function actionBlocker(
  vacancy: { status: string; applicationDeadline: string | null },
  action: VacancyAction,
  today: string,
): string | null {
  if (!allowedActions(vacancy.status).includes(action)) {
    return `Stillingen har status «${statusLabelLower(vacancy.status)}» og kan ikke ${verb(action)}.`
  }
  if (action === 'publish' && vacancy.applicationDeadline && vacancy.applicationDeadline < today) {
    return 'Søknadsfristen har gått ut. Endre søknadsfristen før du publiserer.'
  }
  return null
}

/** A filled vacancy is history; everything else can be edited. */
export function canEdit(status: string): boolean {
  return status !== 'BESATT'
}

function statusLabelLower(status: string): string {
  return isCode(VACANCY_STATUS_CODES, status) ? VACANCY_STATUSES[status].toLowerCase() : status
}

function verb(action: VacancyAction): string {
  return action === 'publish' ? 'publiseres' : action === 'fill' ? 'merkes som besatt' : 'stenges'
}
