/** The CV parts a jobbspesialist can choose to share with one employer after consent. */
import { isCode } from '~/domain/codes'

export const CV_PART_CODES = ['SUMMARY', 'EXPERIENCE', 'EDUCATION', 'CERTIFICATES'] as const
export type CvPart = (typeof CV_PART_CODES)[number]
export const CV_PARTS = {
  SUMMARY: 'Sammendrag',
  EXPERIENCE: 'Arbeidserfaring',
  EDUCATION: 'Utdanning',
  CERTIFICATES: 'Kurs og sertifikater',
} as const satisfies Record<CvPart, string>

export function cvPartLabel(code: string): string {
  return isCode(CV_PART_CODES, code) ? CV_PARTS[code] : code
}

export type Cv = {
  summary?: string
  experience?: Array<{ employer: string; title: string; from?: string; to?: string }>
  education?: Array<{ institution: string; programme: string; year?: string }>
  certificates?: string[]
}

/** Only the chosen parts of the CV; everything else is dropped before it leaves the service. */
export function pickCvParts(cv: Cv | null | undefined, parts: readonly string[]): Cv {
  const out: Cv = {}
  if (!cv) return out
  if (parts.includes('SUMMARY') && cv.summary) out.summary = cv.summary
  if (parts.includes('EXPERIENCE') && cv.experience?.length) out.experience = cv.experience
  if (parts.includes('EDUCATION') && cv.education?.length) out.education = cv.education
  if (parts.includes('CERTIFICATES') && cv.certificates?.length) out.certificates = cv.certificates
  return out
}
