import { outOfTen, ScoreCardDocument } from '@candor/application';
import { S3InterviewScoreDto } from './interview-score.response.dto';

export function toS3InterviewScore(doc: ScoreCardDocument): S3InterviewScoreDto {
  const card = doc.card;
  const skills = Object.values(card.skillBreakdown);
  return {
    _id: doc.scoreId,
    interview: doc.interviewId,
    overall_score: outOfTen(card.overall),
    technical_skills_score: outOfTen(card.technical.score),
    problem_solving_score: outOfTen(card.problemSolving.score),
    communication_score: outOfTen(card.communication.score),
    cultural_fit_score: card.behavioral ? outOfTen(card.behavioral.score) : null,
    experience_relevance_score: skills.length ? outOfTen(skills.reduce((a, b) => a + b, 0) / skills.length) : null,
    confidence_score: null,
    engagement_score: null,
    score_notes: {
      ...(card.behavioral ? {} : { cultural_fit_score: 'No behavioural question was asked and answered in this interview.' }),
      confidence_score: 'No video analysis of body language is recorded for this interview, so confidence is not scored.',
      engagement_score: 'No facial-expression analysis is recorded for this interview, so engagement is not scored.',
    },
    code_quality_score: outOfTen(card.codeQuality.score),
    question_scores: card.questionScores.map((q) => ({
      question_id: q.questionId,
      score: q.score,
      max_score: q.maxScore,
      feedback: q.feedback,
      question: q.question,
      skill: q.skill,
      phase: q.phase,
      covered_points: [...q.covered],
      missed_points: [...q.missing],
      evidence_message_ids: [...q.evidence.messageIds],
    })),
    strengths: [...card.strengths],
    weaknesses: [...card.weaknesses],
    recommendation: card.recommendation,
    recommendation_reasoning: card.recommendationReasoning,
    skill_breakdown: Object.fromEntries(Object.entries(card.skillBreakdown).map(([skill, value]) => [skill, outOfTen(value)])),
    model_used: card.versions.model,
    rubric_version: card.versions.rubric,
    calculated_at: doc.scoredAt,
  };
}
