// A font file imported from a module is its public URL (as react-dsfr's own font imports): app/layout.tsx preloads them.
declare module "*.woff2" {
  const url: string;
  export default url;
}
