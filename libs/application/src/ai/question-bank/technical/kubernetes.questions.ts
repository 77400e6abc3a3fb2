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
  t('k8s-e-2', 'kubernetes', 'easy', 'What are ConfigMaps and Secrets in Kubernetes, and how do pods use them?', [
    p('configmap', 'A ConfigMap holds non-secret configuration as key-value pairs', ['configmap', 'configuration', 'key value'], 'Where would you put an application setting?'),
    p('secret', 'A Secret holds sensitive data; it is only base64-encoded unless encryption at rest is enabled', ['secret', 'base64', 'encryption at rest', 'sensitive']),
    p('consume', 'Pods consume them as environment variables or mounted files', ['environment variable', 'mounted', 'volume']),
  ]),
  t('k8s-e-3', 'kubernetes', 'easy', 'What is a namespace in Kubernetes, and what is it used for?', [
    p('scope', 'A namespace groups and scopes resources inside one cluster', ['group', 'scope', 'virtual cluster', 'partition'], 'What does a namespace separate?'),
    p('teams', 'Used to separate teams, environments or applications', ['environment', 'application', 'tenant']),
    p('policy', 'Quotas, RBAC and network policies apply per namespace', ['quota', 'rbac', 'network policy', 'limitrange']),
  ]),
  t('k8s-e-4', 'kubernetes', 'easy', 'What does kubectl apply do, and what is declarative configuration?', [
    p('declarative', 'You declare the desired state in manifests and Kubernetes makes it so', ['desired state', 'declare', 'declarative', 'manifest'], 'What do you describe in a manifest?'),
    p('reconcile', 'Controllers reconcile the actual state towards the desired state', ['reconcil', 'controller', 'actual state', 'control loop']),
    p('apply', 'apply creates or updates resources from the files, idempotently', ['create or update', 'idempotent', 'apply', 'diff']),
  ]),
  t('k8s-e-5', 'kubernetes', 'easy', 'How do you see why a pod is failing in Kubernetes?', [
    p('describe', 'kubectl describe shows events such as scheduling or image pull errors', ['describe', 'events', 'imagepullbackoff', 'pending'], 'Which command shows the pod\'s events?'),
    p('logs', 'kubectl logs, with --previous for a crashed container', ['logs', '--previous', 'previous', 'crashloopbackoff']),
    p('status', 'Read the status and exit reason, such as OOMKilled', ['status', 'oomkilled', 'exit code', 'reason']),
    p('exec', 'Exec into the container or use an ephemeral debug container', ['exec', 'debug', 'ephemeral container']),
  ]),
  t('k8s-e-6', 'kubernetes', 'easy', 'What is the difference between a Deployment and a StatefulSet?', [
    p('stateless', 'A Deployment runs interchangeable, stateless replicas', ['stateless', 'interchangeable', 'identical', 'replica'], 'What kind of application fits a Deployment?'),
    p('identity', 'A StatefulSet gives each pod a stable name and its own persistent volume', ['stable name', 'stable identity', 'persistent volume', 'own storage', 'volumeclaimtemplate']),
    p('order', 'StatefulSet pods start and stop in order; used for databases', ['in order', 'ordered', 'database', 'kafka']),
  ]),
  t('k8s-m-2', 'kubernetes', 'medium', 'How does an Ingress work in Kubernetes, and how does traffic reach a pod?', [
    p('controller', 'An Ingress is a routing rule implemented by an ingress controller (nginx, Traefik)', ['ingress controller', 'nginx', 'traefik', 'controller'], 'What actually implements an Ingress?'),
    p('routing', 'It routes by host and path to Services', ['host', 'path', 'route', 'service']),
    p('tls', 'It terminates TLS, often with cert-manager', ['tls', 'certificate', 'cert-manager', 'https']),
    p('path', 'Load balancer to controller to Service to pod endpoints', ['load balancer', 'endpoint', 'kube-proxy', 'clusterip']),
  ]),
  t('k8s-m-3', 'kubernetes', 'medium', 'How do you manage configuration for several environments in Kubernetes (Helm, Kustomize)?', [
    p('templating', 'Helm templates manifests with values per environment', ['helm', 'template', 'values', 'chart'], 'How does Helm vary a manifest per environment?'),
    p('overlays', 'Kustomize patches a base with overlays, without templates', ['kustomize', 'overlay', 'patch', 'base']),
    p('gitops', 'Keep it in git and deploy with GitOps (Argo CD, Flux)', ['gitops', 'argo', 'flux', 'git']),
  ]),
  t('k8s-m-4', 'kubernetes', 'medium', 'What is a PodDisruptionBudget, and how do you keep a service available during node maintenance?', [
    p('pdb', 'A PodDisruptionBudget limits how many pods voluntary disruptions may take down', ['poddisruptionbudget', 'pdb', 'minavailable', 'maxunavailable', 'voluntary'], 'What does a PDB protect against?'),
    p('drain', 'Node drains respect it and evict pods gradually', ['drain', 'evict', 'gradual', 'cordon']),
    p('spread', 'Run several replicas spread across nodes and zones', ['replica', 'spread', 'anti affinity', 'topology', 'zones']),
  ]),
  t('k8s-m-5', 'kubernetes', 'medium', 'How does networking between pods work in Kubernetes, and how do NetworkPolicies restrict it?', [
    p('flat', 'Every pod gets its own IP and can reach every other pod by default', ['own ip', 'flat network', 'every pod', 'by default'], 'Can any pod reach any other pod by default?'),
    p('cni', 'A CNI plugin (Calico, Cilium) implements the network', ['cni', 'calico', 'cilium', 'flannel']),
    p('policy', 'NetworkPolicies allow only chosen traffic by labels; default deny is the safe start', ['network policy', 'networkpolicy', 'default deny', 'labels', 'allow']),
  ]),
  t('k8s-m-6', 'kubernetes', 'medium', 'How do Jobs and CronJobs work in Kubernetes, and what can go wrong with them?', [
    p('job', 'A Job runs pods until a number of them complete successfully', ['complete', 'completions', 'run to completion', 'job'], 'How is a Job different from a Deployment?'),
    p('retries', 'backoffLimit bounds retries and activeDeadlineSeconds bounds time', ['backofflimit', 'retry', 'activedeadlineseconds', 'deadline']),
    p('cron', 'CronJobs can overlap or miss runs; concurrencyPolicy controls overlap', ['concurrencypolicy', 'overlap', 'missed', 'forbid', 'startingdeadlineseconds']),
    p('idempotent', 'The work must be idempotent because it may run twice', ['idempotent', 'twice', 'at least once']),
  ]),
  t('k8s-h-2', 'kubernetes', 'hard', 'How does a Kubernetes operator work, and when would you write one?', [
    p('crd', 'An operator adds a custom resource definition for a domain object', ['custom resource', 'crd', 'custom resource definition'], 'What does an operator add to the API?'),
    p('loop', 'Its controller watches resources and reconciles actual state to desired state', ['reconcil', 'watch', 'controller', 'control loop', 'desired state']),
    p('knowledge', 'It encodes operational knowledge such as backups, upgrades and failover', ['operational knowledge', 'backup', 'upgrade', 'failover']),
    p('when', 'Worth it for stateful systems; often an existing operator or Helm is enough', ['stateful', 'existing operator', 'helm', 'overkill']),
  ]),
  t('k8s-h-3', 'kubernetes', 'hard', 'How would you secure a Kubernetes cluster?', [
    p('rbac', 'Least-privilege RBAC for users and service accounts', ['rbac', 'least privilege', 'service account', 'role'], 'How do you control who can do what in the API?'),
    p('pod-security', 'Pod Security Standards: non-root, no privileged pods', ['pod security', 'non root', 'privileged', 'securitycontext']),
    p('network', 'Network policies between workloads', ['network polic', 'default deny', 'segmentation']),
    p('secrets', 'Encrypt secrets at rest, scan images and keep the control plane private and patched', ['encrypt', 'at rest', 'admission', 'scan', 'patch']),
  ]),
  t('k8s-h-4', 'kubernetes', 'hard', 'What does etcd do in Kubernetes, and what happens to the cluster if it fails?', [
    p('store', 'etcd stores the whole cluster state as a consistent key-value store', ['cluster state', 'key value', 'consistent', 'source of truth'], 'Where does Kubernetes keep its state?'),
    p('raft', 'It uses Raft consensus and needs a quorum of members', ['raft', 'quorum', 'consensus', 'majority']),
    p('failure', 'Without quorum the API cannot change anything, though running pods keep running', ['keep running', 'read only', 'no changes', 'cannot schedule']),
    p('backup', 'Back it up with snapshots and run an odd number of members', ['snapshot', 'backup', 'odd number', 'three', 'five']),
  ]),
  t('k8s-h-5', 'kubernetes', 'hard', 'How would you design multi-region or multi-cluster deployments on Kubernetes?', [
    p('why', 'Separate clusters per region limit the blast radius', ['blast radius', 'per region', 'isolation', 'failure domain'], 'Why not stretch one cluster across regions?'),
    p('traffic', 'Route users with global load balancing or DNS and fail over', ['global load balanc', 'dns', 'failover', 'geo']),
    p('data', 'Data replication and consistency across regions is the hard part', ['replication', 'consistency', 'latency']),
    p('gitops', 'Deploy identically to all clusters with GitOps', ['gitops', 'argo', 'fleet', 'same manifests']),
  ]),
  t('k8s-h-6', 'kubernetes', 'hard', 'A Kubernetes service has intermittent 502 errors during deploys. What could cause it and how do you fix it?', [
    p('readiness', 'Pods receive traffic before they are ready: add a proper readiness probe', ['readiness', 'not ready', 'probe', 'before ready'], 'What lets traffic reach a pod that cannot serve yet?'),
    p('termination', 'Terminating pods still get traffic while endpoints update: add a preStop delay and graceful shutdown', ['prestop', 'sleep', 'graceful', 'sigterm', 'endpoints']),
    p('keepalive', 'Keep-alive timeouts mismatched between the load balancer and the app', ['keep alive', 'idle timeout', 'timeout mismatch']),
    p('surge', 'Use maxUnavailable 0 and maxSurge for the rollout', ['maxunavailable', 'maxsurge', 'rolling']),
  ]),
];
