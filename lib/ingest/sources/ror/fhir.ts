/**
 * The subset of FHIR R4 resources (ANS ROR implementation guide profiles) the
 * importer reads. Everything is optional: the wire format is not trusted.
 */

export type Coding = { system?: string; code?: string; display?: string };
export type CodeableConcept = { coding?: Coding[]; text?: string };
export type Reference = { reference?: string };
export type Quantity = { value?: number; system?: string; code?: string };
export type Money = { value?: number; currency?: string };

export type Extension = {
  url?: string;
  extension?: Extension[];
  valueString?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDecimal?: number;
  valueDateTime?: string;
  valueCodeableConcept?: CodeableConcept;
  valueMoney?: Money;
  valueRange?: { low?: Quantity; high?: Quantity };
  valuePeriod?: { start?: string; end?: string };
};

export type Meta = { lastUpdated?: string; profile?: string[] };

export type Identifier = { use?: string; type?: CodeableConcept; system?: string; value?: string };

export type ContactPoint = { system?: string; value?: string; extension?: Extension[] };

export type Address = { line?: Array<string | null>; city?: string; postalCode?: string };

export type AvailableTime = {
  daysOfWeek?: string[];
  allDay?: boolean;
  availableStartTime?: string;
  availableEndTime?: string;
  extension?: Extension[];
};

export type HealthcareService = {
  resourceType: "HealthcareService";
  id?: string;
  meta?: Meta;
  extension?: Extension[];
  identifier?: Identifier[];
  active?: boolean;
  providedBy?: Reference;
  category?: CodeableConcept[];
  type?: CodeableConcept[];
  location?: Reference[];
  name?: string;
  comment?: string;
  telecom?: ContactPoint[];
  characteristic?: CodeableConcept[];
  availableTime?: AvailableTime[];
};

export type Organization = {
  resourceType: "Organization";
  id?: string;
  meta?: Meta;
  extension?: Extension[];
  identifier?: Identifier[];
  type?: CodeableConcept[];
  name?: string;
  address?: Address[];
  telecom?: ContactPoint[];
  contact?: Array<{ telecom?: ContactPoint[]; purpose?: CodeableConcept }>;
  partOf?: Reference;
};

export type Location = {
  resourceType: "Location";
  id?: string;
  meta?: Meta;
  extension?: Extension[];
  identifier?: Identifier[];
  status?: string;
  name?: string;
  address?: Address;
  position?: { latitude?: number; longitude?: number };
};

export type Resource = HealthcareService | Organization | Location | { resourceType: string; id?: string };

export type BundleEntry = { fullUrl?: string; resource?: Resource; search?: { mode?: string } };

export type Bundle = {
  resourceType: "Bundle";
  type?: string;
  total?: number;
  link?: Array<{ relation?: string; url?: string }>;
  entry?: BundleEntry[];
};

export type OperationOutcome = {
  resourceType: "OperationOutcome";
  issue?: Array<{ severity?: string; code?: string; diagnostics?: string }>;
};

export const ROR_SD = "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition";

export const EXT = {
  patientType: `${ROR_SD}/ror-healthcareservice-patient-type`,
  serviceContact: `${ROR_SD}/ror-healthcareservice-contact`,
  serviceContactTelecom: `${ROR_SD}/ror-healthcareservice-contact-telecom`,
  communeCog: `${ROR_SD}/ror-commune-cog`,
  supportedCapacity: `${ROR_SD}/ror-location-supported-capacity`,
  price: `${ROR_SD}/ror-organization-price`,
  financialHelp: `${ROR_SD}/ror-organization-financial-help-type`,
  accessibility: `${ROR_SD}/ror-organization-accessibility-location`,
  typeOfTime: `${ROR_SD}/ror-available-time-type-of-time`,
  telecomChannel: `${ROR_SD}/ror-telecom-communication-channel`,
} as const;

export function extensions(holder: { extension?: Extension[] } | undefined, url: string): Extension[] {
  return (holder?.extension ?? []).filter((extension) => extension.url === url);
}

export function extension(holder: { extension?: Extension[] } | undefined, url: string): Extension | undefined {
  return extensions(holder, url)[0];
}

/** Codes of a concept list in one code system (the NOS TRE identified by its path fragment). */
export function codesIn(concepts: CodeableConcept[] | undefined, systemFragment: string): string[] {
  const codes: string[] = [];
  for (const concept of concepts ?? []) {
    for (const coding of concept.coding ?? []) {
      if (coding.code && coding.system?.includes(systemFragment)) codes.push(coding.code);
    }
  }
  return codes;
}

export function codeOf(concept: CodeableConcept | undefined, systemFragment?: string): string | undefined {
  return concept?.coding?.find((coding) => !systemFragment || coding.system?.includes(systemFragment))?.code;
}
