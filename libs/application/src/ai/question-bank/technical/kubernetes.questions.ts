import { BankQuestion } from '../../../ports/question-bank.types';
import { p, t } from './technical-question.builders';

/** Kubernetes: at least five questions at each difficulty, each with the points a good answer makes. */
export const KUBERNETES_QUESTIONS: readonly BankQuestion[] = [
  t('k8s-e-1', 'kubernetes', 'easy', 'What are Pods, Deployments and Services in Kubernetes?', [
    p('pod', 'A Pod is the smallest deployable unit, one or more containers', ['smallest', 'one or more containers', 'containers together', 'unit'], 'What is a Pod?'),
    p('deployment', 'A Deployment keeps a number of replicas running and rolls out updates', ['replica', 'replicas', 'rolling update', 'rollout', 'desired state', 'replicaset'], 'What does a Deployment manage?'),
    p('service', 'A Service gives a stable address and load-balances to pods', ['stable', 'load balanc', 'dns', 'virtual ip', 'clusterip', 'selector'], 'How do other pods reach them?'),
  ]),
  t('k8s-m-1', 'kubernetes', 'medium', 'What are liveness and readiness probes, and how do rolling updates avoid downtime?', [
    p('liveness', 'Liveness restarts a stuck container', ['liveness', 'restart', 'stuck', 'deadlock'], 'What happens when a liveness probe fails?'),
    p('readiness', 'Readiness removes a pod from service endpoints until it can serve', ['readiness', 'endpoints', 'traffic', 'ready to serve'], 'What happens when a readiness probe fails?'),
    p('rolling', 'Rolling updates replace pods gradually (maxSurge, maxUnavailable)', ['maxsurge', 'maxunavailable', 'gradual', 'one at a time', 'rolling'], 'How are pods replaced during a rollout?'),
    p('graceful', 'Graceful shutdown with preStop and termination grace period', ['sigterm', 'graceful', 'prestop', 'grace period', 'drain']),
  ]),
  t('k8s-h-1', 'kubernetes', 'hard', 'How does the Kubernetes scheduler place pods, and how do requests, limits and autoscaling interact?', [
    p('requests', 'The scheduler places pods by resource requests on nodes with room', ['requests', 'allocatable', 'fit', 'node capacity'], 'What does the scheduler look at to place a pod?'),
    p('limits', 'Limits cap usage; exceeding memory limits gets the pod OOM-killed, CPU is throttled', ['limit', 'oom', 'oomkilled', 'throttl'], 'What happens when a container exceeds its limit?'),
    p('affinity', 'Affinity, taints and tolerations steer placement', ['affinity', 'anti-affinity', 'taint', 'toleration', 'nodeselector']),
    p('hpa', 'HPA scales replicas on metrics; cluster autoscaler adds nodes', ['hpa', 'horizontal pod autoscaler', 'autoscal', 'cluster autoscaler'], 'How would the system scale under load?'),
  ]),
];
