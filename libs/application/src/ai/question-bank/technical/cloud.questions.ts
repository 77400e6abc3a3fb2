import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** Cloud: at least five questions at each difficulty, each with the points a good answer makes. */
export const CLOUD_QUESTIONS: readonly BankQuestion[] = [
  t('cloud-e-1', 'cloud', 'easy', 'What is the difference between IaaS, PaaS and SaaS? Give an example of each.', [
    p('iaas', 'IaaS rents infrastructure such as virtual machines (EC2)', ['infrastructure', 'virtual machine', 'ec2', 'compute engine', 'vm'], 'What do you manage yourself with IaaS?'),
    p('paas', 'PaaS runs your code on a managed platform (Heroku, App Engine, Lambda)', ['platform', 'heroku', 'app engine', 'elastic beanstalk', 'lambda', 'managed'], 'What does PaaS take off your hands?'),
    p('saas', 'SaaS is finished software used as a service (Gmail, Salesforce)', ['software', 'gmail', 'salesforce', 'office 365', 'slack']),
  ]),
  t('cloud-m-1', 'cloud', 'medium', 'How would you design a highly available web application on AWS (or another cloud)?', [
    p('multi-az', 'Spread across availability zones behind a load balancer', ['availability zone', 'multi-az', 'multiple zones', 'load balancer', 'alb', 'elb'], 'How do you survive a data-centre failure?'),
    p('autoscaling', 'Auto scaling groups or managed containers scale with load', ['auto scaling', 'autoscaling', 'scale out', 'horizontal']),
    p('data', 'Managed databases with replicas and backups', ['rds', 'replica', 'failover', 'backup', 'managed database', 'aurora'], 'How is the database kept available?'),
    p('stateless', 'Stateless app servers with sessions/files in shared stores (S3, cache)', ['stateless', 's3', 'redis', 'elasticache', 'shared storage', 'cdn']),
  ]),
  t('cloud-h-1', 'cloud', 'hard', 'How do you manage cloud infrastructure, secrets and least-privilege access at scale?', [
    p('iac', 'Infrastructure as code (Terraform, CloudFormation) reviewed like code', ['terraform', 'cloudformation', 'infrastructure as code', 'iac', 'pulumi'], 'How do you make infrastructure changes reviewable?'),
    p('iam', 'Least-privilege IAM roles, no long-lived keys', ['least privilege', 'iam', 'role', 'policy', 'short-lived', 'temporary credentials'], 'How do services get only the permissions they need?'),
    p('secrets', 'Secrets in a manager (Secrets Manager, Vault, KMS), never in code', ['secrets manager', 'vault', 'kms', 'parameter store', 'encrypt'], 'Where do secrets live?'),
    p('audit', 'Audit trails and policy guardrails (CloudTrail, SCPs)', ['cloudtrail', 'audit', 'guardrail', 'scp', 'compliance']),
  ]),
];
