import { parseCv } from './cv-parser';

const CV = `John Doe
New York, NY | john.doe@example.com | +1 555 123 4567
linkedin.com/in/johndoe

Summary
Experienced software developer building web platforms. Strong leadership and communication.

Experience
Senior Developer at Tech Corp | 2020-01 - 2023-12
Led development team building Python and Django services on PostgreSQL.
Developer, Web Startup (Jun 2018 – Dec 2019)
Built React front ends and REST APIs.

Education
Bachelor of Science in Computer Science
State University, 2018

Skills
Python, Django, React, PostgreSQL, Docker
`;

describe('parseCv', () => {
  const profile = parseCv(CV, '2026-01');

  it('reads the contact details from the header', () => {
    expect(profile).toMatchObject({
      fullName: 'John Doe',
      email: 'john.doe@example.com',
      phone: '+1 555 123 4567',
      location: 'New York, NY',
      linkedinUrl: 'https://linkedin.com/in/johndoe',
    });
    expect(profile.summary).toContain('Experienced software developer');
  });

  it('finds technical skills from the taxonomy and soft skills by their names', () => {
    expect(profile.technicalSkills).toEqual(['Python', 'Django', 'React', 'PostgreSQL', 'Docker', 'REST']);
    expect(profile.technicalSkills).not.toContain('Go');
    expect(profile.softSkills).toEqual(expect.arrayContaining(['Leadership', 'Communication']));
  });

  it('reads positions with their dates and counts the years they cover', () => {
    expect(profile.workExperience).toEqual([
      expect.objectContaining({ title: 'Senior Developer', company: 'Tech Corp', startDate: '2020-01', endDate: '2023-12' }),
      expect.objectContaining({ title: 'Developer', company: 'Web Startup', startDate: '2018-06', endDate: '2019-12' }),
    ]);
    expect(profile.workExperience[0].description).toContain('Led development team');
    // 48 months + 19 months = 67 months.
    expect(profile.totalExperienceYears).toBe(5.6);
  });

  it('reads degrees with field, institution and year', () => {
    expect(profile.education).toEqual([{ degree: 'Bachelor of Science', field: 'Computer Science', institution: 'State University', endDate: '2018' }]);
  });

  it('counts a current position up to today, and falls back to stated years', () => {
    expect(parseCv('Experience\nEngineer at Acme 2024-01 - present\n', '2025-12').totalExperienceYears).toBe(2);
    expect(parseCv('Jane Roe\nBackend engineer with 7 years of experience in Java.', '2026-01')).toMatchObject({
      fullName: 'Jane Roe',
      totalExperienceYears: 7,
      technicalSkills: ['Java'],
      workExperience: [],
    });
  });

  it('does not take a year range for a phone number', () => {
    expect(parseCv('Experience\nEngineer at Acme 2019 - 2021', '2026-01').phone).toBeNull();
  });
});
