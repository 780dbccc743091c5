/** Shared e-mail layout: every template gives a subject, paragraphs and an optional action link. */
export type RenderedEmail = { subject: string; text: string; html: string }

export type EmailContent = {
  subject: string
  greeting?: string
  paragraphs: string[]
  action?: { label: string; url: string }
  footer?: string
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

const DEFAULT_FOOTER = 'Denne e-posten er sendt fra Vi inkluderer. Du kan ikke svare på den.'

export function renderEmail(content: EmailContent): RenderedEmail {
  const footer = content.footer ?? DEFAULT_FOOTER
  const textParts = [
    content.greeting,
    ...content.paragraphs,
    content.action ? `${content.action.label}: ${content.action.url}` : undefined,
    '--',
    footer,
  ].filter(Boolean)
  const html = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #23262a; line-height: 1.5; max-width: 40rem">
${content.greeting ? `<p>${escapeHtml(content.greeting)}</p>` : ''}
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${content.action ? `<p><a href="${escapeHtml(content.action.url)}" style="color: #0067c5">${escapeHtml(content.action.label)}</a></p><p style="font-size: 0.9em">Virker ikke lenken? Kopier denne adressen inn i nettleseren: ${escapeHtml(content.action.url)}</p>` : ''}
<hr><p style="font-size: 0.9em; color: #596372">${escapeHtml(footer)}</p>
</body></html>`
  return { subject: content.subject, text: textParts.join('\n\n'), html }
}
