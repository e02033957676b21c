import NextLink from "next/link";
import type { ComponentProps } from "react";

export type LinkProps = ComponentProps<typeof NextLink>;

/**
 * The portal's links: next/link (client-side navigation) without prefetching.
 * Prefetching fetched every page linked in the viewport on each visit (four
 * from the home page alone): data a person on a metered phone plan pays for,
 * and main-thread work while the page is still starting. react-dsfr's
 * components render this one too (registered in `dsfr-bootstrap`).
 */
export function Link(props: LinkProps) {
  return <NextLink prefetch={false} {...props} />;
}
