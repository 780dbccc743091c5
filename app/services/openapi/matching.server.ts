/** OpenAPI for the matching endpoints (GET /vacancies/{id}/matches, GET /candidates/{id}/matches). */
import { z } from 'zod'
import type { MatchReason, ReasonKind } from '~/domain/matching'
import { CandidateIdParams, VacancyIdParams } from '~/domain/validation/id'
import { EmployerProfileSchema } from './profiles.server'
import { errorResponse, json, registry, SESSION, UNAUTHORISED, validationResponse, type Describes } from './registry.server'

const REASON_KINDS = [
  'OCCUPATION',
  'SKILLS',
  'LANGUAGES',
  'DRIVING_LICENCE',
  'ADAPTATION',
  'SCHEME',
  'AVAILABILITY',
  'LOCATION',
  'WORK_CAPACITY',
] as const satisfies readonly ReasonKind[]

const ReasonSchema = registry.register(
  'MatchReason',
  z
    .object({
      kind: z.enum(REASON_KINDS),
      text: z.string().openapi({
        examples: [
          'Ønsker yrket Kokker (5120)',
          'Har 3 av 4 ferdigheter: Matlaging, Hygiene og Allergener',
          'Trenger tilrettelegging av arbeidstid — dere tilbyr det',
        ],
      }),
      effect: z.enum(['positive', 'negative', 'neutral']),
      points: z.number().openapi({
        description: 'What this part added to the score (negative when it pulled it down). The score is the sum, rounded, within 0–100.',
      }),
    })
    .openapi({ description: 'Én forklaring på samsvaret, på bokmål.' }),
)
const _reason: Describes<z.infer<typeof ReasonSchema>, MatchReason> = true

const score = z.number().int().min(0).max(100)

const ProfileMatchSchema = registry.register(
  'ProfileMatch',
  z.object({
    score,
    reasons: z.array(ReasonSchema),
    profile: EmployerProfileSchema.openapi({
      description:
        'Den anonymiserte profilen slik arbeidsgivere ser den (kode, yrker, ferdigheter, fylke, aldersgruppe …). Aldri navn eller andre personopplysninger.',
    }),
  }),
)

const VacancyMatchSchema = registry.register(
  'VacancyMatch',
  z.object({
    score,
    reasons: z.array(ReasonSchema),
    vacancy: z
      .object({
        id: z.number().int(),
        title: z.string(),
        organisationName: z.string(),
        styrkCode: z.string(),
        styrkTitle: z.string(),
        kommuneName: z.string(),
        positionPercent: z.number().int(),
        contractType: z.string(),
        startAsap: z.boolean(),
        startDate: z.string().nullable().openapi({ format: 'date' }),
        applicationDeadline: z.string().nullable().openapi({ format: 'date' }),
      })
      .partial()
      .required({ id: true, title: true, organisationName: true, styrkCode: true, positionPercent: true }),
  }),
)

const errors = (what: string, idMessage: string) => ({
  400: validationResponse('Ugyldig id', 'id', idMessage),
  401: UNAUTHORISED,
  403: errorResponse('Feil rolle', 'Du har ikke tilgang til dette.'),
  404: errorResponse('Finnes ikke, eller ikke din', `Fant ikke ${what}.`),
})

registry.registerPath({
  method: 'get',
  path: '/vacancies/{id}/matches',
  summary: 'Aktuelle kandidater for en stilling',
  description:
    'De 20 publiserte, anonymiserte profilene som passer stillingen best, med poengsum og begrunnelser. Bare for arbeidsgiveren som eier stillingen. Hver visning revisjonslogges.',
  security: SESSION,
  request: { params: VacancyIdParams },
  responses: {
    200: { description: 'Treff, best først', ...json(z.object({ items: z.array(ProfileMatchSchema) }), { items: [] }) },
    ...errors('stillingen', 'Stillings-id må være et positivt heltall.'),
  },
})

registry.registerPath({
  method: 'get',
  path: '/candidates/{id}/matches',
  summary: 'Aktuelle stillinger for en person i porteføljen',
  description:
    'De 20 publiserte stillingene innenfor området personen kan jobbe i som passer personens profil best, med poengsum og begrunnelser. Bare for jobbspesialisten som følger opp personen. Revisjonslogges.',
  security: SESSION,
  request: { params: CandidateIdParams },
  responses: {
    200: {
      description: 'Treff, best først',
      ...json(z.object({ items: z.array(VacancyMatchSchema) }), {
        items: [
          {
            score: 87,
            reasons: [{ kind: 'OCCUPATION', text: 'Ønsker yrket Kokker (5120)', effect: 'positive', points: 40 }],
            vacancy: {
              id: 12,
              title: 'Kokk',
              organisationName: 'Fjordkjøkkenet AS',
              styrkCode: '5120',
              positionPercent: 80,
              startAsap: true,
              startDate: null,
            },
          },
        ],
      }),
    },
    ...errors('personen', 'Person-id må være et positivt heltall.'),
  },
})
