import { getInputProps, type FieldMetadata } from '@conform-to/react'
import { TextField } from '@navikt/ds-react'
import { PASSWORD_MIN_LENGTH } from '~/domain/accounts/schemas'

/** «Nytt passord» + «Gjenta passordet» for Conform forms; the values are never sent back. */
export function PasswordFields({
  password,
  passwordRepeat,
  label = 'Passord',
}: {
  password: FieldMetadata<string>
  passwordRepeat: FieldMetadata<string>
  label?: string
}) {
  return (
    <>
      <TextField
        label={label}
        description={`Minst ${PASSWORD_MIN_LENGTH} tegn. Et par ord med mellomrom er både sikkert og lett å huske.`}
        autoComplete="new-password"
        {...getInputProps(password, { type: 'password' })}
        key={password.key}
        error={password.errors?.join(' ')}
      />
      <TextField
        label="Gjenta passordet"
        autoComplete="new-password"
        {...getInputProps(passwordRepeat, { type: 'password' })}
        key={passwordRepeat.key}
        error={passwordRepeat.errors?.join(' ')}
      />
    </>
  )
}
