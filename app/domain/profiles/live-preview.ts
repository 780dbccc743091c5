import { toEmployerProfile, type EmployerProfile } from './employer-profile'

/**
 * The employer's view of what is being typed, built in the browser from the
 * editor's form (issue 17). Runs through the same projection as the published
 * profile; what only the server knows (the age band and work area after the
 * re-identification guard, scheme hints) is taken from the last server preview.
 * Pure: no I/O.
 */
export function livePreviewFromForm(
  form: FormData,
  server: EmployerProfile,
  styrkTitle: (code: string) => string | undefined,
): EmployerProfile {
  const text = (name: string) => String(form.get(name) ?? '').trim()
  const all = (name: string) => form.getAll(name).map(String).filter(Boolean)
  const percent = (name: string, fallback: number) => {
    const n = Number(text(name))
    return Number.isFinite(n) && n > 0 ? Math.min(100, Math.round(n)) : fallback
  }
  const knownTitles = new Map(server.occupations.map((o) => [o.code, o.title]))
  return toEmployerProfile(
    {
      code: server.code,
      headline: text('headline'),
      summary: text('summary'),
      desiredStyrkCodes: [...new Set(all('desiredStyrkCodes'))].slice(0, 3),
      skills: [
        ...new Set(
          text('skills')
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ].slice(0, 20),
      experienceLevel: text('experienceLevel') || null,
      educationLevel: text('educationLevel') || null,
      languages: all('languages'),
      drivingLicences: all('drivingLicences'),
      workCapacityMin: percent('workCapacityMin', server.workCapacity.min),
      workCapacityMax: percent('workCapacityMax', server.workCapacity.max),
      availability: text('availability') || server.availability.code,
      adaptationNeeds: all('adaptationNeeds'),
      targetGroups: all('targetGroups'),
      schemeHints: server.schemeHints.map((h) => h.code),
      shownAgeBand: server.ageBand.code,
      shownWorkArea: server.workArea
        ? {
            kommuner: server.workArea.kommuner.map((k) => k.code),
            fylker: server.workArea.fylker.map((f) => f.code),
            partFylker: server.workArea.partFylker.map((f) => f.code),
            wholeCountry: server.workArea.wholeCountry,
            maxTravelKm: server.workArea.maxTravelKm,
          }
        : null,
      publishedAt: server.publishedAt,
    },
    {
      styrkTitle: (code) => styrkTitle(code) ?? knownTitles.get(code),
      fylkeName: (code) => [...(server.workArea?.fylker ?? []), ...(server.workArea?.partFylker ?? [])].find((f) => f.code === code)?.name,
      kommuneName: (code) => server.workArea?.kommuner.find((k) => k.code === code)?.name,
    },
  )
}
