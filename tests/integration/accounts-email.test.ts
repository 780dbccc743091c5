import { describe, expect, it } from 'vitest'
import { getDb } from '@db/client.server'
import { organisations } from '@db/schema'
import { inviteUser, registerEmployer, requestPasswordReset, verifyEmail } from '~/services/accounts.server'
import { withSmtpServer } from '../setup/smtp'

const password = 'hemmelig-passord-42'

describe('account e-mails through a real SMTP server', () => {
  it('delivers the verification mail with the link, in bokmål, without the password', async () => {
    await withSmtpServer(async (smtp) => {
      const result = await registerEmployer({
        orgnr: '974760673',
        organisationName: 'Havbris Hotell AS',
        kommunenummer: '5501',
        sector: 'PRIVAT',
        naceSection: 'I',
        partners: [],
        name: 'Siri Hansen',
        email: 'siri@havbris.no',
        password,
        passwordRepeat: password,
      })
      expect(result.ok).toBe(true)
      expect(await smtp.deliver()).toBe(1)
      const [mail] = smtp.inbox()
      expect(mail.toAddress).toContain('siri@havbris.no')
      expect(mail.subject).toBe('Bekreft e-postadressen din – Vi inkluderer')
      expect(mail.textBody).toContain('Hei, Siri Hansen!')
      expect(mail.textBody).toContain('Havbris Hotell AS')
      const link = mail.textBody.match(/https?:\/\/\S+\/bekreft-epost\/[\w-]+/)?.[0]
      expect(link).toBeTruthy()
      expect(mail.htmlBody).toContain(link)
      expect(mail.textBody).not.toContain(password)
      expect(mail.htmlBody).not.toContain(password)
      // The delivered link is the one that works.
      expect(verifyEmail(link!.split('/').at(-1)!).ok).toBe(true)
    })
  })

  it('delivers the password reset and the invitation mails with their links', async () => {
    await withSmtpServer(async (smtp) => {
      const navUnit = getDb()
        .insert(organisations)
        .values({ kind: 'NAV_UNIT', name: 'NAV Tromsø', kommunenummer: '5501' })
        .returning()
        .get()
      const admin = {
        id: 1,
        email: 'a@nav.no',
        name: 'A',
        role: 'admin' as const,
        organisationId: navUnit.id,
        organisationName: navUnit.name,
      }
      expect(inviteUser(admin, { email: 'ola@nav.no', role: 'jobbspesialist', navUnitId: navUnit.id }).ok).toBe(true)
      requestPasswordReset('ola@nav.no') // no password yet: nothing is sent
      expect(await smtp.deliver()).toBe(1)
      const [invitation] = smtp.inbox()
      expect(invitation.subject).toBe('Du er invitert til Vi inkluderer')
      expect(invitation.textBody).toContain('jobbspesialist for NAV Tromsø')
      expect(invitation.textBody).toMatch(/\/invitasjon\/[\w-]+/)
    })
  })
})
