/** Soft skills a CV names, each with the phrases that name it (matched as whole words, case-insensitive). */
export const SOFT_SKILLS: readonly { readonly label: string; readonly phrases: readonly string[] }[] = [
  { label: 'Leadership', phrases: ['leadership', 'led a team', 'led the team', 'team lead', 'tech lead'] },
  { label: 'Communication', phrases: ['communication', 'communicator', 'presenting', 'presentation'] },
  { label: 'Teamwork', phrases: ['teamwork', 'team player', 'cross-functional'] },
  { label: 'Collaboration', phrases: ['collaboration', 'collaborative', 'collaborated'] },
  { label: 'Mentoring', phrases: ['mentoring', 'mentored', 'coaching', 'coached'] },
  { label: 'Problem Solving', phrases: ['problem solving', 'problem-solving', 'troubleshooting'] },
  { label: 'Time Management', phrases: ['time management', 'prioritization', 'prioritisation'] },
  { label: 'Adaptability', phrases: ['adaptability', 'adaptable', 'flexible'] },
  { label: 'Critical Thinking', phrases: ['critical thinking', 'analytical'] },
  { label: 'Project Management', phrases: ['project management', 'managed projects', 'stakeholder management'] },
  { label: 'Attention to Detail', phrases: ['attention to detail', 'detail-oriented', 'detail oriented'] },
  { label: 'Creativity', phrases: ['creativity', 'creative'] },
];
