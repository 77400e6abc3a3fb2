/** What an S3 interview is always for: one of its owner's jobs and candidates (a candidate from a small text CV). */
import request from 'supertest';
import { Actor } from './interview-actors';

export async function newS3Job(url: string, actor: Actor, title = 'Senior Java Developer', requiredSkills = ['Java', 'Spring', 'SQL']): Promise<string> {
  const res = await request(url).post('/api/jobs/').set(actor.auth).send({ title, company: 'Tech Corp', required_skills: requiredSkills }).expect(201);
  return res.body._id as string;
}

export async function newS3Candidate(url: string, actor: Actor, fullName = 'John Doe', email = 'john@example.com'): Promise<string> {
  const res = await request(url)
    .post('/api/candidates/upload_cv/')
    .set(actor.auth)
    .field('full_name', fullName)
    .field('email', email)
    .attach('cv_file', Buffer.from(`${fullName}\nJava developer, Spring Boot and PostgreSQL.\n`), { filename: 'cv.txt', contentType: 'text/plain' })
    .expect(201);
  return res.body._id as string;
}
