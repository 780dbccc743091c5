/** OpenAPI for the anonymised profiles employers search (GET /profiles, GET /profiles/{code}). */
import { z } from 'zod'
import { ProfileQuerySchema, type EmployerProfile } from '~/domain/profiles'
import { ProfileCodeParams } from '~/domain/validation/id'
import { errorResponse, json, registry, SESSION, UNAUTHORISED, validationResponse, type Describes } from './registry.server'

const coded = z.object({ code: z.string(), label: z.string() })
const place = z.object({ code: z.string(), name: z.string() })

export const EmployerProfileSchema = registry.register(
  'EmployerProfile',
  z
    .object({
      code: z
        .string()
        .regex(/^K-[A-Z2-9]{6}$/)
        .openapi({ example: 'K-7QMF3X' }),
      headline: z.string(),
      summary: z.string(),
      occupations: z.array(z.object({ code: z.string(), title: z.string() })),
      skills: z.array(z.string()),
      experienceLevel: coded.nullable(),
      educationLevel: coded.nullable(),
      languages: z.array(coded),
      drivingLicences: z.array(coded),
      workCapacity: z.object({ min: z.number().int(), max: z.number().int() }),
      availability: coded,
      adaptationNeeds: z.array(z.object({ group: z.string(), label: z.string(), needs: z.array(coded) })),
      targetGroups: z.array(coded),
      schemeHints: z.array(coded),
      ageBand: coded,
      workArea: z
        .object({
          description: z.string().openapi({ example: 'Oslo og Bærum, inntil 30 km unna' }),
          kommuner: z.array(place),
          fylker: z.array(place),
          partFylker: z.array(place).openapi({ description: 'Fylker the person can work in parts of (finer places not shown)' }),
          wholeCountry: z.boolean(),
          maxTravelKm: z.number().int(),
        })
        .nullable()
        .openapi({
          description:
            'Where the person can work («ønsket arbeidssted»). null = not stated: the profile is not matched on place. Residence is never shown.',
        }),
      publishedAt: z.string().nullable().openapi({ format: 'date-time' }),
    })
    .openapi({
      description:
        'An anonymised profile as employers see it. Never contains name, fødselsnummer, contact details, birth date, kommune or innsatsgruppe.',
    }),
)
const _profile: Describes<z.infer<typeof EmployerProfileSchema>, EmployerProfile> = true

const PageSchema = registry.register(
  'EmployerProfilePage',
  z.object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    pageCount: z.number().int(),
    items: z.array(EmployerProfileSchema),
  }),
)

// The parameters of ProfileQuerySchema (what the route parses), with descriptions.
const query = ProfileQuerySchema.shape

const ROLES = 'Not an arbeidsgiver, jobbspesialist or admin'

registry.registerPath({
  method: 'get',
  path: '/profiles',
  summary: 'Published anonymised profiles (search, filter, page)',
  description: 'The same listing and projection as the employers’ page; 20 per page. Repeat `adaptationGroups` for several groups.',
  security: SESSION,
  request: {
    query: z.object({
      q: query.q.openapi({ description: 'Free text' }),
      styrk: query.styrk.openapi({ description: 'STYRK-08 occupation code (4 digits)' }),
      fylke: query.fylke.openapi({ description: 'Fylkesnummer (2 digits): people who can work in (part of) this fylke' }),
      minCapacity: query.minCapacity.openapi({ description: 'The stillingsprosent the employer needs (1–100)' }),
      availability: query.availability.openapi({ description: 'Can start no later than' }),
      language: query.language.openapi({ description: 'ISO 639-1 language code' }),
      drivingLicence: query.drivingLicence.openapi({ description: 'Driving licence class' }),
      adaptationGroups: query.adaptationGroups.openapi({ description: 'Adaptation groups the employer can meet (repeat the parameter)' }),
      sort: query.sort.openapi({ description: 'Sorting (default newest)' }),
      page: query.page.openapi({ description: 'Page number (from 1; 20 per page)' }),
    }),
  },
  responses: {
    200: { description: 'A page of profiles', ...json(PageSchema, { total: 0, page: 1, pageSize: 20, pageCount: 1, items: [] }) },
    400: validationResponse('Invalid query values', 'styrk', 'Yrkeskoden må være fire siffer (STYRK-08).'),
    401: UNAUTHORISED,
    403: errorResponse(ROLES, 'Du har ikke tilgang til dette.'),
  },
})

registry.registerPath({
  method: 'get',
  path: '/profiles/{code}',
  summary: 'One published anonymised profile (every call is audit-logged)',
  security: SESSION,
  request: { params: ProfileCodeParams },
  responses: {
    200: { description: 'The profile', ...json(EmployerProfileSchema) },
    401: UNAUTHORISED,
    403: errorResponse(ROLES, 'Du har ikke tilgang til dette.'),
    404: errorResponse('No published profile with this code', 'Profilen finnes ikke eller er ikke lenger publisert.'),
  },
})
