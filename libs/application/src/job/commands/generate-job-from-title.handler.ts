import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EXPERIENCE_LEVELS, ExperienceLevel, JobDetails, validateJobTitle } from '@candor/domain';
import { jobDescriptionValidator } from '../../ai/ai-validators';
import { jobSkillsFor } from '../../ai/engine/job-description.generator';
import { renderTask } from '../../ai/prompts';
import { LLM, Llm } from '../../ports/llm.port';
import { assertMayPostJobs } from '../job-access';
import { CreateJobCommand } from './create-job.command';
import { GenerateJobFromTitleCommand } from './generate-job-from-title.command';

const MAX_ITEMS = 20;

@CommandHandler(GenerateJobFromTitleCommand)
export class GenerateJobFromTitleHandler implements ICommandHandler<GenerateJobFromTitleCommand> {
  constructor(
    @Inject(LLM) private readonly llm: Llm,
    private readonly commands: CommandBus,
  ) {}

  async execute(command: GenerateJobFromTitleCommand): Promise<{ jobId: string }> {
    // Refuse before spending a model call: who may post jobs, and a title the job would refuse.
    assertMayPostJobs(command.owner);
    validateJobTitle(command.title);
    const { skills, difficulty, level } = jobSkillsFor(command.title);
    const answer = await this.llm.completeJson(
      renderTask({ kind: 'job_description', title: command.title, company: command.company, skills, level, difficulty }, { temperature: 0.4 }),
      jobDescriptionValidator,
    );
    const generated = answer.value;
    const details: Partial<JobDetails> & { title: string } = {
      // The caller's title stands: a model may embellish it, the recruiter asked for this one.
      title: command.title,
      company: command.company,
      description: generated.description,
      responsibilities: clean(generated.responsibilities),
      requirements: clean(generated.requirements),
      requiredSkills: clean(generated.required_skills),
      experienceLevel: experienceLevel(generated.experience_level) ?? experienceLevel(level),
    };
    return this.commands.execute(new CreateJobCommand(command.owner, details, true));
  }
}

/** A remote model's lists may repeat or run long; the job keeps a short, distinct list. */
function clean(items: readonly string[]): string[] {
  return [...new Set(items.map((i) => i.trim()).filter(Boolean))].slice(0, MAX_ITEMS);
}

function experienceLevel(value: string): ExperienceLevel | null {
  const v = value.trim().toLowerCase();
  return (EXPERIENCE_LEVELS as readonly string[]).includes(v) ? (v as ExperienceLevel) : null;
}
