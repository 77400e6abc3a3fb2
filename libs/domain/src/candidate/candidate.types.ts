/** The vocabulary of a candidate (seed 003 "Candidates"): a profile parsed from a CV, the CV file, notes. */
export interface WorkExperience {
  readonly company: string | null;
  readonly title: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly description: string | null;
}

export interface Education {
  readonly degree: string | null;
  readonly institution: string | null;
  readonly field: string | null;
  readonly endDate: string | null;
}

export interface CandidateProfile {
  readonly fullName: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly location: string | null;
  readonly linkedinUrl: string | null;
  /** Web links found in the CV (profiles, repositories, portfolio); absent from events recorded before it existed. */
  readonly links?: readonly string[];
  readonly summary: string | null;
  readonly technicalSkills: readonly string[];
  readonly softSkills: readonly string[];
  readonly workExperience: readonly WorkExperience[];
  readonly education: readonly Education[];
  readonly totalExperienceYears: number | null;
}

export type CvFormat = 'pdf' | 'docx' | 'txt';
export const CV_FORMATS: readonly CvFormat[] = ['pdf', 'docx', 'txt'];

/** The uploaded file as stored (the bytes live in storage under `storageKey`). */
export interface CvFile {
  readonly fileName: string;
  readonly format: CvFormat;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly storageKey: string;
}

/** `completed`: text was extracted and parsed; `failed`: the file was stored but no text could be read. */
export type ParsingStatus = 'completed' | 'failed';

export const EMPTY_PROFILE: CandidateProfile = {
  fullName: null,
  email: null,
  phone: null,
  location: null,
  linkedinUrl: null,
  links: [],
  summary: null,
  technicalSkills: [],
  softSkills: [],
  workExperience: [],
  education: [],
  totalExperienceYears: null,
};
