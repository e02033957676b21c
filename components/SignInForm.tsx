import { FranceConnectSubmitButton } from "./FranceConnectSubmitButton";

export type SignInFormProps = { callbackUrl?: string };

export function SignInForm({ callbackUrl }: SignInFormProps) {
  return (
    <form method="post" action="/api/connexion">
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FranceConnectSubmitButton />
    </form>
  );
}
