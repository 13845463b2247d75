import type { ProtectedBasis } from '../config/protected-basis.js';

/** One prohibited basis of Regulation B and how it is cited and recognised. */
export interface RegulationBBasis {
  readonly basis: ProtectedBasis;
  readonly label: string;
  readonly citation: string;
  /** A qualification the regulation attaches to the basis, for reports. */
  readonly note?: string;
  /** Column names that usually carry this basis; a feature matching one is flagged for review (warning). */
  readonly nameHint: RegExp;
}

const CITATION = '12 CFR 1002.2(z)';

/** The nine prohibited bases of 12 CFR 1002.2(z) (ECOA, 15 U.S.C. 1691(a)), in the regulation's order. */
export const REGULATION_B_BASES: readonly RegulationBBasis[] = Object.freeze([
  { basis: 'race', label: 'race', citation: CITATION, nameHint: /^(race|ethnicity|ethnic[_ ]?group)$/i },
  { basis: 'color', label: 'color', citation: CITATION, nameHint: /^(colou?r|skin[_ ]?colou?r)$/i },
  { basis: 'religion', label: 'religion', citation: CITATION, nameHint: /^(religion|religious[_ ]?affiliation|faith)$/i },
  { basis: 'national_origin', label: 'national origin', citation: CITATION, nameHint: /^(national[_ ]?origin|nationality|country[_ ]?of[_ ]?birth|foreign[_ ]?worker|citizenship)$/i },
  { basis: 'sex', label: 'sex', citation: CITATION, nameHint: /^(sex|gender)$/i },
  { basis: 'marital_status', label: 'marital status', citation: CITATION, nameHint: /^(marital([_ ]?status)?|married)$/i },
  { basis: 'age', label: 'age', citation: CITATION, note: 'provided the applicant has the capacity to contract', nameHint: /^(age|age[_ ]?years|date[_ ]?of[_ ]?birth|dob|birth[_ ]?year)$/i },
  { basis: 'public_assistance_income', label: 'income from a public assistance program', citation: CITATION, nameHint: /^(public[_ ]?assistance([_ ]?income)?|welfare[_ ]?income)$/i },
  { basis: 'exercised_ccpa_rights', label: 'good-faith exercise of Consumer Credit Protection Act rights', citation: CITATION, nameHint: /^(exercised[_ ]?ccpa[_ ]?rights|ccpa[_ ]?rights)$/i },
]);

/** The table entry of a basis. */
export function basisInfo(basis: ProtectedBasis): RegulationBBasis {
  return REGULATION_B_BASES.find((b) => b.basis === basis) as RegulationBBasis;
}

/** The basis a column name suggests, if any. */
export function basisSuggestedByName(column: string): RegulationBBasis | undefined {
  return REGULATION_B_BASES.find((b) => b.nameHint.test(column.trim()));
}
