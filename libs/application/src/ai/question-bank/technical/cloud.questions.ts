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
  t('cloud-e-2', 'cloud', 'easy', 'What are regions and availability zones in the cloud, and why do they matter?', [
    p('region', 'A region is a geographic area with several isolated availability zones', ['geographic', 'region', 'isolated', 'data centers'], 'What is inside a region?'),
    p('ha', 'Spreading across zones survives a data-center failure', ['survive', 'failure', 'high availability', 'multi az', 'across zones'], 'Why deploy across several zones?'),
    p('latency', 'Regions are chosen for latency to users and data residency rules', ['latency', 'data residency', 'gdpr', 'close to users']),
  ]),
  t('cloud-e-3', 'cloud', 'easy', 'What is object storage (such as S3), and how does it differ from block and file storage?', [
    p('object', 'Object storage keeps whole objects with metadata under keys, accessed over HTTP', ['object', 'http', 'bucket', 'metadata'], 'How do you read a file from object storage?'),
    p('block', 'Block storage is a disk attached to one machine; file storage is a shared filesystem', ['block storage', 'disk', 'attached', 'shared filesystem', 'nfs']),
    p('traits', 'Object storage is cheap, durable and scales without limit, but objects are replaced rather than edited', ['durable', 'cheap', 'scales', 'immutable', 'replace']),
  ]),
  t('cloud-e-4', 'cloud', 'easy', 'What is serverless computing (for example AWS Lambda), and what are its trade-offs?', [
    p('managed', 'You deploy functions and the provider runs and scales them on demand', ['function', 'scale', 'provider manages'], 'Who runs the servers in a serverless setup?'),
    p('billing', 'You pay per invocation and duration, nothing when idle', ['pay per', 'invocation', 'idle', 'per request']),
    p('limits', 'Cold starts, time limits and vendor lock-in are the trade-offs', ['cold start', 'time limit', 'vendor', 'timeout']),
  ]),
  t('cloud-e-5', 'cloud', 'easy', 'How do you keep a cloud bill under control?', [
    p('visibility', 'Tag resources and watch costs with budgets and alerts', ['tag', 'budget', 'alert', 'cost explorer', 'visibility'], 'How do you know who spends what?'),
    p('rightsizing', 'Right-size instances and turn off idle resources', ['right size', 'rightsiz', 'idle', 'turn off', 'unused']),
    p('pricing', 'Use reserved or spot capacity and savings plans where it fits', ['reserved', 'spot', 'savings plan', 'commitment']),
    p('storage', 'Apply lifecycle rules to storage and watch data transfer', ['lifecycle', 'data transfer', 'egress', 'archive']),
  ]),
  t('cloud-e-6', 'cloud', 'easy', 'What is a VPC, and what are public and private subnets?', [
    p('vpc', 'A VPC is your own isolated private network in the cloud', ['isolated', 'private network', 'vpc', 'virtual network'], 'What does a VPC give you?'),
    p('public', 'Public subnets route to the internet through an internet gateway', ['internet gateway', 'public subnet', 'route table']),
    p('private', 'Private subnets hold databases and app servers, reaching out through a NAT gateway', ['private subnet', 'nat', 'database', 'no direct access']),
    p('security-groups', 'Security groups and network ACLs filter traffic', ['security group', 'acl', 'firewall', 'filter']),
  ]),
  t('cloud-m-2', 'cloud', 'medium', 'How does autoscaling work in the cloud, and what makes it work well or badly?', [
    p('metric', 'Scale on a metric such as CPU, queue length or request rate', ['metric', 'cpu', 'queue length', 'request rate', 'target tracking'], 'What signal should trigger scaling?'),
    p('stateless', 'Instances must be stateless and quick to start', ['stateless', 'quick to start', 'startup time']),
    p('limits', 'Set minimum and maximum sizes and cooldowns to avoid flapping', ['minimum', 'maximum', 'cooldown', 'flapping']),
    p('downstream', 'Downstream systems such as the database must cope with the extra load', ['database', 'downstream', 'connection', 'bottleneck']),
  ]),
  t('cloud-m-3', 'cloud', 'medium', 'How would you set up backups and disaster recovery for a cloud application?', [
    p('rpo-rto', 'Start from RPO and RTO targets', ['rpo', 'rto', 'recovery point', 'recovery time'], 'What two targets drive the design?'),
    p('backups', 'Automated, versioned backups copied to another region or account', ['automated', 'another region', 'another account', 'snapshot', 'versioned']),
    p('restore-tests', 'Regularly test restores', ['test restore', 'restore', 'drill', 'game day']),
    p('strategies', 'Strategies range from backup-and-restore to pilot light to active-active', ['pilot light', 'warm standby', 'active active', 'multi region']),
  ]),
  t('cloud-m-4', 'cloud', 'medium', 'How do you monitor a cloud application, and what would you alert on?', [
    p('signals', 'Collect metrics, logs and traces', ['metrics', 'logs', 'traces', 'observability'], 'What three kinds of telemetry do you collect?'),
    p('golden', 'Watch latency, traffic, errors and saturation', ['latency', 'error rate', 'saturation', 'golden signals', 'traffic']),
    p('slo', 'Alert on symptoms against SLOs, not on every cause', ['slo', 'symptom', 'error budget', 'burn rate']),
    p('actionable', 'Every alert must be actionable, with a runbook', ['actionable', 'runbook', 'page', 'noise']),
  ]),
  t('cloud-m-5', 'cloud', 'medium', 'When would you use a managed message queue or event bus (SQS, Pub/Sub, SNS), and what delivery guarantees do they give?', [
    p('decouple', 'Queues decouple producers from consumers and absorb load spikes', ['decouple', 'buffer', 'spike', 'asynchronous'], 'What does putting a queue between two services buy you?'),
    p('at-least-once', 'Most give at-least-once delivery, so consumers must be idempotent', ['at least once', 'idempotent', 'duplicate']),
    p('dlq', 'Failed messages go to a dead-letter queue after retries', ['dead letter', 'dlq', 'retry', 'poison']),
    p('fanout', 'Topics fan one event out to many subscribers', ['fan out', 'fanout', 'topic', 'subscriber', 'pub/sub']),
  ]),
  t('cloud-m-6', 'cloud', 'medium', 'How does identity and access management (IAM) work in the cloud?', [
    p('principals', 'Principals (users, roles, service accounts) get permissions through policies', ['principal', 'role', 'policy', 'service account', 'permission'], 'How does a service get permission to read a bucket?'),
    p('roles', 'Workloads assume roles with short-lived credentials instead of long-lived keys', ['assume role', 'short lived', 'temporary credentials', 'instance profile', 'workload identity']),
    p('least-privilege', 'Grant least privilege and review access regularly', ['least privilege', 'review', 'minimal', 'audit']),
  ]),
  t('cloud-h-2', 'cloud', 'hard', 'How would you migrate a large on-premises application to the cloud?', [
    p('assess', 'Assess the portfolio and choose per app: rehost, replatform or refactor', ['rehost', 'replatform', 'refactor', 'lift and shift', 'assess'], 'What options exist per application?'),
    p('data', 'Move data with replication and a planned cutover', ['replication', 'cutover', 'data migration', 'sync']),
    p('incremental', 'Migrate incrementally with a way back at each step', ['incremental', 'rollback', 'strangler', 'step by step']),
    p('landing-zone', 'Prepare a landing zone: networking, identity, guardrails', ['landing zone', 'guardrail', 'networking', 'account structure']),
  ]),
  t('cloud-h-3', 'cloud', 'hard', 'How would you design a multi-tenant SaaS platform in the cloud so tenants stay isolated?', [
    p('models', 'Choose silo, pool or bridge isolation per tier', ['silo', 'pool', 'bridge', 'per tenant'], 'What isolation models exist?'),
    p('data', 'Isolate data with tenant ids enforced everywhere or separate databases', ['tenant id', 'row level security', 'separate database', 'schema per tenant']),
    p('noisy', 'Limit noisy neighbours with quotas and rate limits', ['noisy neighbour', 'noisy neighbor', 'quota', 'rate limit']),
    p('identity', 'Carry tenant context in identity and scope credentials per tenant', ['tenant context', 'token', 'scoped credentials', 'identity']),
  ]),
  t('cloud-h-4', 'cloud', 'hard', 'How do you make a cloud system survive the loss of a whole region?', [
    p('multi-region', 'Run in at least two regions, active-passive or active-active', ['two regions', 'active passive', 'active active', 'multi region'], 'What topologies can survive a region outage?'),
    p('data', 'Replicate data across regions, accepting lag or paying for synchronous writes', ['replicat', 'lag', 'synchronous', 'consistency']),
    p('failover', 'Fail over with health-checked DNS or global load balancing', ['failover', 'dns', 'global load balanc', 'health check']),
    p('practice', 'Rehearse failover regularly', ['rehearse', 'drill', 'game day']),
  ]),
  t('cloud-h-5', 'cloud', 'hard', 'How would you build a secure network perimeter and zero-trust access in the cloud?', [
    p('zero-trust', 'Zero trust authenticates and authorises every request, whatever the network', ['zero trust', 'every request', 'authenticate', 'identity based'], 'What does zero trust change compared with a VPN perimeter?'),
    p('private', 'Keep services in private subnets and reach providers via private endpoints', ['private endpoint', 'privatelink', 'private subnet', 'no public ip']),
    p('segmentation', 'Segment with security groups and service meshes with mTLS', ['segment', 'mtls', 'service mesh', 'security group']),
    p('logging', 'Log and inspect traffic (flow logs, WAF)', ['flow logs', 'waf', 'inspect', 'audit']),
  ]),
  t('cloud-h-6', 'cloud', 'hard', 'How do you run infrastructure as code safely across many teams and accounts?', [
    p('modules', 'Shared, versioned modules encode the standards', ['module', 'versioned', 'reusable', 'standard'], 'How do teams reuse the approved patterns?'),
    p('state', 'Remote state with locking, split by team and environment', ['remote state', 'state lock', 'locking', 'split']),
    p('review', 'Every change goes through review with a plan and policy checks (policy as code)', ['plan', 'review', 'policy as code', 'opa', 'sentinel']),
    p('drift', 'Detect drift and forbid manual console changes', ['drift', 'console', 'manual change']),
  ]),
];
