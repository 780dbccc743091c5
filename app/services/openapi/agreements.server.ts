/** OpenAPI for GET /agreements/{id} (the follow-up agreement, for its parties). */
import { z } from 'zod'
import { APPROVAL_METHODS, APPROVAL_PARTIES } from '@db/schema'
import { AGREEMENT_STATUS_CODES } from '~/domain/codes'
import { AgreementIdParams } from '~/domain/validation/id'
import type { getAgreementForApi } from '~/services/agreements/queries.server'
import type { SuccessValue } from '~/utils/result'
import { errorResponse, json, registry, SESSION, UNAUTHORISED, validationResponse, type Describes } from './registry.server'

const isoDate = z.string().openapi({ format: 'date' })
const dateTime = z.string().openapi({ format: 'date-time' })

const AgreementSchema = registry.register(
  'Agreement',
  z
    .object({
      id: z.number().int(),
      status: z.enum(AGREEMENT_STATUS_CODES),
      version: z.number().int().openapi({ description: 'Optimistic-locking version; changes on every save.' }),
      person: z.object({ name: z.string() }),
      employer: z.object({ organisationId: z.number().int(), name: z.string(), orgnr: z.string().nullable() }),
      jobbspesialist: z.object({ name: z.string(), email: z.string() }),
      job: z.object({
        title: z.string(),
        styrkCode: z.string().nullable(),
        positionPercent: z.number().int().nullable(),
        startDate: isoDate.nullable(),
        endDate: isoDate.nullable(),
        permanent: z.boolean(),
        monthlyPay: z.number().int().nullable().openapi({ description: 'Whole kroner' }),
      }),
      contactPerson: z.object({ name: z.string(), phone: z.string(), email: z.string() }),
      goals: z.string(),
      followUpFrequency: z.string(),
      reviewDates: z.array(isoDate),
      nextFollowUp: isoDate.nullable(),
      adaptations: z.array(z.object({ code: z.string(), text: z.string() })),
      schemes: z.array(z.object({ scheme: z.string(), total: z.number().int(), calculatedAt: dateTime })),
      approvals: z.array(z.object({ party: z.enum(APPROVAL_PARTIES), method: z.enum(APPROVAL_METHODS), at: dateTime })),
      awaitingApproval: z.array(z.enum(APPROVAL_PARTIES)),
      cancellationReason: z.string().nullable(),
    })
    .openapi({
      description:
        'A follow-up agreement (oppfølgingsavtale) as its parties see it. Codes are NAV’s (agreement statuses, adaptation codes).',
    }),
)
const _agreement: Describes<z.infer<typeof AgreementSchema>, SuccessValue<ReturnType<typeof getAgreementForApi>>> = true

registry.registerPath({
  method: 'get',
  path: '/agreements/{id}',
  summary: 'One follow-up agreement, for its parties only',
  description:
    'The owning jobbspesialist and users of the employer organisation (once the draft is complete) may read the agreement. Every read is audit-logged.',
  security: SESSION,
  request: { params: AgreementIdParams },
  responses: {
    200: { description: 'The agreement', ...json(AgreementSchema) },
    400: validationResponse('The id is not a positive whole number', 'id', 'Avtale-id må være et positivt heltall.'),
    401: UNAUTHORISED,
    403: errorResponse('Role without access to agreements', 'Du har ikke tilgang til dette.'),
    404: errorResponse('No such agreement, or not a party to it', 'Fant ikke avtalen.'),
  },
})
