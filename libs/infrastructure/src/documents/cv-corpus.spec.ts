import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { CandidateProfile, CvFormat } from '@candor/domain';
import { parseCv } from '@candor/application/candidate/cv/cv-parser';
import { taxonomySize } from '@candor/application/candidate/cv/tech-skills';
import { LocalDiskStorage } from '../storage/local-disk-storage.adapter';
import { docx, pdfColumns } from './cv-corpus.fixtures';
import { CommandLineDocumentTextExtractor } from './document-text-extractor.adapter';
import { requireSystemPackages } from '@candor/testing/system-packages';

requireSystemPackages('poppler-utils', 'unzip', 'zip');

/**
 * Ten CVs as users send them (PDF, DOCX and text; one and two columns), read by the real extractor and
 * parsed; every field a CV states is checked.
 */
const TODAY = '2026-12';

interface Case {
  readonly name: string;
  readonly format: CvFormat;
  readonly file: (dir: string) => Promise<Buffer> | Buffer;
  readonly expected: Omit<CandidateProfile, 'summary' | 'softSkills' | 'workExperience'> & {
    readonly workExperience: readonly { title: string | null; company: string | null; startDate: string | null; endDate: string | null }[];
  };
}

const CASES: readonly Case[] = [
  {
    name: 'one-page PDF, comma-separated skills, international phone',
    format: 'pdf',
    file: () =>
      pdfColumns([
        {
          x: 40,
          width: 500,
          lines: [
            'Amelia Watson',
            'London, UK | amelia.watson@example.co.uk | +44 20 7946 0958',
            'github.com/ameliaw',
            'Summary',
            'Backend developer who likes reactive systems and clear APIs.',
            'Experience',
            'Backend Developer at Northwind Ltd | 2019-03 - 2024-02',
            'Built payment services.',
            'Education',
            'BSc in Computer Science',
            'University of Leeds, 2019',
            'Skills',
            'Python, Django, PostgreSQL',
          ],
        },
      ]),
    expected: {
      fullName: 'Amelia Watson',
      email: 'amelia.watson@example.co.uk',
      phone: '+442079460958',
      location: 'London, UK',
      linkedinUrl: null,
      links: ['https://github.com/ameliaw'],
      technicalSkills: ['Python', 'Django', 'PostgreSQL'],
      workExperience: [{ title: 'Backend Developer', company: 'Northwind Ltd', startDate: '2019-03', endDate: '2024-02' }],
      education: [{ degree: 'BSc', field: 'Computer Science', institution: 'University of Leeds', endDate: '2019' }],
      totalExperienceYears: 5,
    },
  },
  {
    name: 'two-column PDF (contact and skills left, experience right)',
    format: 'pdf',
    file: () =>
      pdfColumns([
        {
          x: 40,
          width: 170,
          lines: ['Lukas Becker', 'Berlin, Germany', 'lukas.becker@example.de', 'Tel: 030 1234567', 'Skills', 'Go, Kubernetes, Terraform', 'gRPC, Redis', 'Education', 'MSc in Informatics', 'Technical University of Munich, 2016'],
        },
        {
          x: 260,
          width: 290,
          lines: ['Experience', 'Site Reliability Engineer, CloudNine GmbH (Jan 2020 – present)', 'Runs Kubernetes clusters on Google Cloud.', 'Software Engineer, DataWerk AG (Sep 2016 – Dec 2019)', 'Wrote Go services backed by Cassandra.'],
        },
      ]),
    expected: {
      fullName: 'Lukas Becker',
      email: 'lukas.becker@example.de',
      phone: '+49301234567',
      location: 'Berlin, Germany',
      linkedinUrl: null,
      links: [],
      technicalSkills: ['Go', 'Kubernetes', 'Terraform', 'gRPC', 'Redis', 'Google Cloud Platform'],
      workExperience: [
        { title: 'Site Reliability Engineer', company: 'CloudNine GmbH', startDate: '2020-01', endDate: null },
        { title: 'Software Engineer', company: 'DataWerk AG', startDate: '2016-09', endDate: '2019-12' },
      ],
      education: [{ degree: 'MSc', field: 'Informatics', institution: 'Technical University of Munich', endDate: '2016' }],
      totalExperienceYears: 10.3,
    },
  },
  {
    name: 'one-column DOCX, national US phone, LinkedIn and portfolio',
    format: 'docx',
    file: (dir) =>
      docx(dir, 'maria', [
        [
          'Maria Garcia',
          'Austin, TX • maria.garcia@example.com • (415) 555-2671',
          'linkedin.com/in/mariagarcia • https://mariagarcia.dev',
          'Professional Experience',
          'Senior Frontend Engineer at Brightside Inc (Feb 2018 - Jan 2023)',
          'Led the move from AngularJS to React with TypeScript and Redux.',
          'Education',
          'Bachelor of Arts in Design, Rhode Island School of Design, 2012',
          'Technical Skills',
          'React, TypeScript, Next.js, Tailwind CSS, Jest, Cypress',
        ],
      ]),
    expected: {
      fullName: 'Maria Garcia',
      email: 'maria.garcia@example.com',
      phone: '+14155552671',
      location: 'Austin, TX',
      linkedinUrl: 'https://linkedin.com/in/mariagarcia',
      links: ['https://linkedin.com/in/mariagarcia', 'https://mariagarcia.dev'],
      technicalSkills: ['React', 'TypeScript', 'Next.js', 'Tailwind CSS', 'Jest', 'Cypress', 'Angular', 'Redux'],
      workExperience: [{ title: 'Senior Frontend Engineer', company: 'Brightside Inc', startDate: '2018-02', endDate: '2023-01' }],
      education: [{ degree: 'Bachelor of Arts', field: 'Design', institution: 'Rhode Island School of Design', endDate: '2012' }],
      totalExperienceYears: 5,
    },
  },
  {
    name: 'two-column DOCX (a table), French national phone',
    format: 'docx',
    file: (dir) =>
      docx(dir, 'camille', [
        ['Camille Dubois', 'Paris, France', 'camille.dubois@example.fr', 'Mobile: 06 12 34 56 78', 'Skills', 'Kotlin; Swift; Flutter; Firebase'],
        ['Experience', 'Mobile Developer at Appli SA 03/2017 - 11/2020', 'Shipped Android and iOS apps.', 'Lead Mobile Developer at Mobilis 12/2020 - 06/2024', 'Education', 'Master of Engineering in Software, Université Paris-Saclay, 2016'],
      ]),
    expected: {
      fullName: 'Camille Dubois',
      email: 'camille.dubois@example.fr',
      phone: '+33612345678',
      location: 'Paris, France',
      linkedinUrl: null,
      links: [],
      technicalSkills: ['Kotlin', 'Swift', 'Flutter', 'Firebase', 'Android', 'iOS'],
      workExperience: [
        { title: 'Mobile Developer', company: 'Appli SA', startDate: '2017-03', endDate: '2020-11' },
        { title: 'Lead Mobile Developer', company: 'Mobilis', startDate: '2020-12', endDate: '2024-06' },
      ],
      education: [{ degree: 'Master of Engineering', field: 'Software', institution: 'Université Paris-Saclay', endDate: '2016' }],
      totalExperienceYears: 7.3,
    },
  },
  {
    name: 'plain text, Indian number, data stack',
    format: 'txt',
    file: () =>
      Buffer.from(
        [
          'Priya Sharma',
          'Bengaluru, India | priya.sharma@example.in | +91 98765 43210',
          '',
          'EXPERIENCE',
          'Data Engineer | Flipkart | 2018 - 2021',
          'Built Apache Spark and Airflow pipelines into Snowflake.',
          'Senior Data Engineer | Swiggy | 2021 - present',
          'Streams with Kafka; models with dbt.',
          '',
          'EDUCATION',
          'B.Tech in Computer Engineering, Indian Institute of Technology Bombay, 2018',
          '',
          'SKILLS',
          'Languages: Python, Scala, SQL',
          'Data: Spark, Airflow, Kafka, dbt, Snowflake',
        ].join('\n'),
      ),
    expected: {
      fullName: 'Priya Sharma',
      email: 'priya.sharma@example.in',
      phone: '+919876543210',
      location: 'Bengaluru, India',
      linkedinUrl: null,
      links: [],
      technicalSkills: ['Python', 'Scala', 'SQL', 'Apache Spark', 'Apache Airflow', 'Apache Kafka', 'dbt', 'Snowflake'],
      workExperience: [
        { title: 'Data Engineer', company: 'Flipkart', startDate: '2018', endDate: '2021' },
        { title: 'Senior Data Engineer', company: 'Swiggy', startDate: '2021', endDate: null },
      ],
      education: [{ degree: 'B.Tech', field: 'Computer Engineering', institution: 'Indian Institute of Technology Bombay', endDate: '2018' }],
      totalExperienceYears: 9,
    },
  },
  {
    name: 'plain text, .NET stack, words that merely contain skill names',
    format: 'txt',
    file: () =>
      Buffer.from(
        [
          'Name: Oliver Smith',
          'Location: Toronto, Canada',
          'Email: oliver.smith@example.ca',
          'Phone: +1 416 555 0199',
          'Summary',
          'Reactive thinker; gorgeous javascripting aside, I write C# on .NET Core and ASP.NET Core with SQL Server.',
          'Work Experience',
          'Software Developer at Maple Systems, Jun 2015 to May 2019',
          'Education',
          'Diploma in Software Development, Seneca College, 2015',
          'Skills',
          'C#, .NET, ASP.NET Core, Microsoft SQL Server, Azure, Entity Framework',
        ].join('\n'),
      ),
    expected: {
      fullName: 'Oliver Smith',
      email: 'oliver.smith@example.ca',
      phone: '+14165550199',
      location: 'Toronto, Canada',
      linkedinUrl: null,
      links: [],
      technicalSkills: ['C#', '.NET', 'ASP.NET Core', 'Microsoft SQL Server', 'Microsoft Azure', 'Entity Framework'],
      workExperience: [{ title: 'Software Developer', company: 'Maple Systems', startDate: '2015-06', endDate: '2019-05' }],
      education: [{ degree: 'Diploma', field: 'Software Development', institution: 'Seneca College', endDate: '2015' }],
      totalExperienceYears: 4,
    },
  },
  {
    name: 'plain text, overlapping positions, AWS and DevOps tools',
    format: 'txt',
    file: () =>
      Buffer.from(
        [
          'Kwame Mensah',
          'Lagos, Nigeria',
          'kwame.mensah@example.com | +234 803 123 4567',
          'https://gitlab.com/kmensah',
          '',
          'Experience',
          'DevOps Engineer at Paystack (2020-01 - 2022-12)',
          'CI/CD with GitHub Actions and Jenkins; infrastructure in Terraform on AWS (EC2, S3, Lambda functions).',
          'Freelance Consultant at Self-employed (2022-06 - 2023-06)',
          '',
          'Skills',
          'Docker | Kubernetes | Ansible | Prometheus | Grafana | Bash',
        ].join('\n'),
      ),
    expected: {
      fullName: 'Kwame Mensah',
      email: 'kwame.mensah@example.com',
      phone: '+2348031234567',
      location: 'Lagos, Nigeria',
      linkedinUrl: null,
      links: ['https://gitlab.com/kmensah'],
      technicalSkills: ['Docker', 'Kubernetes', 'Ansible', 'Prometheus', 'Grafana', 'Bash', 'CI/CD', 'GitHub Actions', 'Jenkins', 'Terraform', 'Amazon Web Services', 'Amazon EC2', 'Amazon S3', 'AWS Lambda'],
      workExperience: [
        { title: 'DevOps Engineer', company: 'Paystack', startDate: '2020-01', endDate: '2022-12' },
        { title: 'Freelance Consultant', company: 'Self-employed', startDate: '2022-06', endDate: '2023-06' },
      ],
      education: [],
      totalExperienceYears: 3.5,
    },
  },
  {
    name: 'PDF, Java backend, Spring Boot over Spring, list-only language names',
    format: 'pdf',
    file: () =>
      pdfColumns([
        {
          x: 40,
          width: 500,
          lines: [
            'Hiroshi Tanaka',
            'Tokyo, Japan | hiroshi.tanaka@example.jp | +81 3-1234-5678',
            'Experience',
            'Backend Engineer at Rakuten (Apr 2014 – Mar 2022)',
            'Java and Spring Boot microservices on MySQL and RabbitMQ; some Ruby on Rails.',
            'Education',
            'Bachelor of Engineering in Information Science',
            'Kyoto University, 2014',
            'Skills',
            'Java 17, Spring Boot, Hibernate, MySQL, RabbitMQ, R, C',
          ],
        },
      ]),
    expected: {
      fullName: 'Hiroshi Tanaka',
      email: 'hiroshi.tanaka@example.jp',
      phone: '+81312345678',
      location: 'Tokyo, Japan',
      linkedinUrl: null,
      links: [],
      technicalSkills: ['Java', 'Spring Boot', 'Hibernate', 'MySQL', 'RabbitMQ', 'R', 'C', 'Microservices', 'Ruby on Rails'],
      workExperience: [{ title: 'Backend Engineer', company: 'Rakuten', startDate: '2014-04', endDate: '2022-03' }],
      education: [{ degree: 'Bachelor of Engineering', field: 'Information Science', institution: 'Kyoto University', endDate: '2014' }],
      totalExperienceYears: 8,
    },
  },
  {
    name: 'two-column PDF, ML engineer',
    format: 'pdf',
    file: () =>
      pdfColumns([
        {
          x: 40,
          width: 170,
          lines: ['Sofia Rossi', 'Milan, Italy', 'sofia.rossi@example.it', '+39 02 1234 5678', 'kaggle.com/sofiarossi', 'Skills', 'PyTorch, TensorFlow', 'scikit-learn, Pandas', 'Docker'],
        },
        {
          x: 260,
          width: 290,
          lines: [
            'Experience',
            'Machine Learning Engineer at Prada Tech (2021-05 - 2025-04)',
            'Trained NLP models with Hugging Face; served them with FastAPI.',
            'Education',
            'PhD in Statistics, Politecnico di Milano, 2021',
          ],
        },
      ]),
    expected: {
      fullName: 'Sofia Rossi',
      email: 'sofia.rossi@example.it',
      phone: '+390212345678',
      location: 'Milan, Italy',
      linkedinUrl: null,
      links: ['https://kaggle.com/sofiarossi'],
      technicalSkills: ['PyTorch', 'TensorFlow', 'scikit-learn', 'Pandas', 'Docker', 'Machine Learning', 'Natural Language Processing', 'Hugging Face', 'FastAPI'],
      workExperience: [{ title: 'Machine Learning Engineer', company: 'Prada Tech', startDate: '2021-05', endDate: '2025-04' }],
      education: [{ degree: 'PhD', field: 'Statistics', institution: 'Politecnico di Milano', endDate: '2021' }],
      totalExperienceYears: 4,
    },
  },
  {
    name: 'DOCX, PHP and WordPress, Australian national number',
    format: 'docx',
    file: (dir) =>
      docx(dir, 'jack', [
        [
          'Jack Wilson',
          'Sydney, Australia',
          'jack.wilson@example.com.au',
          'Phone: (02) 9374 4000',
          'Employment History',
          'Web Developer, Koala Digital, July 2016 - June 2020',
          'Themes and plugins for WordPress and WooCommerce in PHP with Laravel and MariaDB.',
          'Skills',
          'PHP, Laravel, WordPress, MariaDB, jQuery, Sass',
        ],
      ]),
    expected: {
      fullName: 'Jack Wilson',
      email: 'jack.wilson@example.com.au',
      phone: '+61293744000',
      location: 'Sydney, Australia',
      linkedinUrl: null,
      links: [],
      technicalSkills: ['PHP', 'Laravel', 'WordPress', 'MariaDB', 'jQuery', 'Sass', 'WooCommerce'],
      workExperience: [{ title: 'Web Developer', company: 'Koala Digital', startDate: '2016-07', endDate: '2020-06' }],
      education: [],
      totalExperienceYears: 4,
    },
  },
];

describe('CV corpus: extraction and parsing of varied CVs', () => {
  let root: string;
  let storage: LocalDiskStorage;
  let extractor: CommandLineDocumentTextExtractor;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'candor-cv-corpus-'));
    storage = new LocalDiskStorage(join(root, 'uploads'));
    extractor = new CommandLineDocumentTextExtractor(storage, { timeoutMs: 10_000, maxPages: 30, pdftotextPath: 'pdftotext', unzipPath: 'unzip' });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('knows at least 500 technologies', () => {
    expect(taxonomySize()).toBeGreaterThanOrEqual(500);
  });

  it.each(CASES.map((c, i) => [c.name, i] as const))('%s', async (_name, i) => {
    const c = CASES[i];
    const key = `cvs/corpus-${i}/cv.${c.format}`;
    await storage.put(key, Readable.from([await c.file(root)]), { contentType: 'application/octet-stream', maxBytes: 1_000_000 });
    const profile = parseCv(await extractor.extract(key, c.format), TODAY);
    const { workExperience, ...rest } = c.expected;
    expect({ ...profile, summary: undefined, softSkills: undefined, workExperience: undefined }).toEqual({ ...rest, summary: undefined, softSkills: undefined, workExperience: undefined });
    expect(profile.workExperience.map(({ title, company, startDate, endDate }) => ({ title, company, startDate, endDate }))).toEqual(workExperience);
  });
});
