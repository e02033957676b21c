"use client";

import { FranceConnectButton } from "@codegouvfr/react-dsfr/FranceConnectButton";
import "@codegouvfr/react-dsfr/dsfr/component/connect/connect.main.min.css";

// The official button, as the submit button of a server-rendered form: it is a
// plain <button> in the HTML, so the form works before (or without) JavaScript.
export function FranceConnectSubmitButton() {
  return <FranceConnectButton onClick={() => undefined} />;
}
