import { Form as RemixForm, type FormProps } from '@remix-run/react'
import { forwardRef } from 'react'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'

/**
 * Remix' <Form> with the CSRF token (issue 12): every form that can change
 * something carries `<AuthenticityTokenInput />`, which the request guard
 * checks. Use this instead of Remix' Form (ESLint says so).
 */
export const Form = forwardRef<HTMLFormElement, FormProps>(function Form({ children, ...props }, ref) {
  const changes = (props.method ?? 'get').toLowerCase() !== 'get'
  return (
    <RemixForm ref={ref} {...props}>
      {changes ? <AuthenticityTokenInput /> : null}
      {children}
    </RemixForm>
  )
})
