import { Topics } from '@product-ledger/contracts';
import { expectedServices, migrateEntry, serviceNames } from './expected-services';
import {
  type Manifest,
  chartConsumerGroups,
  chartPath,
  helmBinary,
  productionValues,
  renderChart,
  runHelm,
} from './helm-chart';
import { exportedMetricNames, metricsInPromql } from './exported-metrics';
import { kafkaVersionFromPom } from './kafka-version';
import { schemaProblem } from './kubernetes-schemas';
import {
  configProblem,
  gatewayConfigProblem,
  gatewayConfigSchema,
  knownVariables,
  placeholderFor,
  requiredVariables,
} from './service-environment';

// Rendered Kubernetes objects are deep, loosely typed trees; the checks below read them as `any`.

type Variant = 'default' | 'production';
const variants: Variant[] = ['default', 'production'];
const valuesFor: Record<Variant, string[]> = { default: [], production: [productionValues] };

// The Ingress routes by first path segment to the service that owns the resource.
const expectedRoutes: Record<string, string> = {
  '/products': 'catalogue',
  '/product-lines': 'catalogue',
  '/lifecycles': 'lifecycle',
  '/gate-reviews': 'lifecycle',
  '/playbook': 'lifecycle',
  '/requests': 'requests',
  '/analytics': 'analytics',
  '/facts': 'analytics',
  // Everything else (the console, its /api, live notices) goes to the gateway.
  '/': 'gateway',
};

// Only a Secret may carry these; the chart must reference them, never hold them.
const secretVariables = ['DATABASE_URL', 'AUTH_JWT_SECRET'];

let helm: string;
const rendered = {} as Record<Variant, Manifest[]>;

beforeAll(() => {
  helm = helmBinary();
  for (const variant of variants) rendered[variant] = renderChart(helm, valuesFor[variant]);
});

function all(variant: Variant, kind: string): any[] {
  return rendered[variant].filter((m) => m.kind === kind);
}

function one(variant: Variant, kind: string, service: string): any {
  const found = all(variant, kind).filter(
    (m) => m.metadata.labels?.['app.kubernetes.io/component'] === service,
  );
  if (found.length !== 1)
    throw new Error(`${variant}: expected one ${kind} for ${service}, found ${found.length}`);
  return found[0];
}

function container(deploymentOrJob: any): any {
  const containers = deploymentOrJob.spec.template.spec.containers;
  expect(containers).toHaveLength(1);
  return containers[0];
}

/** The environment a container sees: envFrom ConfigMaps, then env (values, or Secret references). */
function effectiveEnvironment(variant: Variant, workload: any) {
  const plain: Record<string, string> = {};
  const fromSecret: Record<string, { name: string; key: string }> = {};
  const spec = container(workload);
  for (const source of spec.envFrom ?? []) {
    const configMap = all(variant, 'ConfigMap').find((m) => m.metadata.name === source.configMapRef?.name);
    if (!configMap)
      throw new Error(
        `envFrom names ConfigMap ${source.configMapRef?.name}, which the chart does not render`,
      );
    Object.assign(plain, configMap.data);
  }
  for (const entry of spec.env ?? []) {
    if (entry.valueFrom?.secretKeyRef) fromSecret[entry.name] = entry.valueFrom.secretKeyRef;
    else plain[entry.name] = String(entry.value);
  }
  return { plain, fromSecret };
}

function memoryMiB(quantity: string): number {
  const match = /^(\d+)(Mi|Gi)$/.exec(quantity);
  if (!match) throw new Error(`unexpected memory quantity ${quantity}`);
  return Number(match[1]) * (match[2] === 'Gi' ? 1024 : 1);
}

function topicCommands(
  job: any,
): { topic: string; partitions: number; replicationFactor: number; line: string }[] {
  const script: string = container(job).command.join('\n');
  return script
    .split('\n')
    .filter((line) => line.includes('kafka-topics.sh'))
    .map((line) => ({
      topic: /--topic (\S+)/.exec(line)?.[1] ?? '',
      partitions: Number(/--partitions (\d+)/.exec(line)?.[1]),
      replicationFactor: Number(/--replication-factor (\d+)/.exec(line)?.[1]),
      line,
    }));
}

describe('Helm chart deploy/helm/product-ledger', () => {
  it.each(variants)('passes helm lint --strict with the %s values', (variant) => {
    const args = ['lint', '--strict', chartPath, ...valuesFor[variant].flatMap((file) => ['--values', file])];
    const result = runHelm(helm, args);
    expect({
      status: result.status,
      output: result.status === 0 ? '' : result.stdout + result.stderr,
    }).toEqual({
      status: 0,
      output: '',
    });
  });

  describe.each(variants)('with the %s values', (variant) => {
    it('renders only objects that match the Kubernetes (KEDA, Prometheus Operator) schemas', () => {
      expect(rendered[variant].length).toBeGreaterThan(0);
      const problems = rendered[variant]
        .map((m) => ({ object: `${m.kind}/${m.metadata.name}`, problem: schemaProblem(m) }))
        .filter((p) => p.problem !== undefined);
      expect(problems).toEqual([]);
    });

    it('holds no secret: no Secret object, secret variables only as Secret references', () => {
      expect(all(variant, 'Secret')).toEqual([]);
      for (const workload of [...all(variant, 'Deployment'), ...all(variant, 'Job')]) {
        const { plain } = effectiveEnvironment(variant, workload);
        expect(Object.keys(plain).filter((name) => secretVariables.includes(name))).toEqual([]);
      }
    });

    it('routes every resource path to its service through one Ingress', () => {
      const ingresses = all(variant, 'Ingress');
      expect(ingresses).toHaveLength(1);
      const routes: Record<string, string> = {};
      for (const rule of ingresses[0].spec.rules) {
        for (const path of rule.http.paths) {
          expect(path.pathType).toBe('Prefix');
          const service = all(variant, 'Service').find((s) => s.metadata.name === path.backend.service.name);
          routes[path.path] = service?.metadata.labels['app.kubernetes.io/component'];
        }
      }
      expect(routes).toEqual(expectedRoutes);
    });

    it('routes /metrics outside the cluster only as "/" to the gateway, whose kit answers proxied /metrics with 404', () => {
      // Prometheus scrapes each pod inside the cluster; the service kit's /metrics refuses a request that came
      // through a proxy (libs/service-kit/test/http.int.spec.ts), so the one route that reaches it is harmless.
      const reaching: string[] = [];
      for (const ingress of all(variant, 'Ingress'))
        for (const rule of ingress.spec.rules)
          for (const path of rule.http.paths) {
            const reaches =
              path.pathType === 'Exact'
                ? path.path === '/metrics'
                : '/metrics'.startsWith(path.path.replace(/\/$/, '') || '/');
            if (reaches) reaching.push(`${path.path} -> ${path.backend.service.name}`);
          }
      expect(reaching).toEqual([expect.stringMatching(/^\/ -> .*gateway$/)]);
    });

    it('creates every event topic and each consumer group dead-letter topic in a hook, with the broker version', () => {
      const jobs = all(variant, 'Job').filter(
        (j) => j.metadata.labels['app.kubernetes.io/component'] === 'kafka-topics',
      );
      expect(jobs).toHaveLength(1);
      const job = jobs[0];
      expect(job.metadata.annotations['helm.sh/hook']).toBe('pre-install,pre-upgrade');
      expect(container(job).image).toBe(`apache/kafka:${kafkaVersionFromPom()}`);
      const created = topicCommands(job);
      const deadLetters = chartConsumerGroups().map((group) => `${group.name}.dlq`);
      expect(deadLetters.length).toBeGreaterThan(0);
      expect(created.map((c) => c.topic).sort()).toEqual([...Object.values(Topics), ...deadLetters].sort());
      for (const command of created) {
        expect(command.line).toContain('--if-not-exists');
        expect(command.line).toContain('--config retention.ms=-1');
        expect(command.partitions).toBeGreaterThan(0);
        expect(command.replicationFactor).toBeGreaterThan(0);
      }
      expect(container(job).securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
      });
      expect(job.spec.template.spec.securityContext).toMatchObject({
        runAsNonRoot: true,
        runAsUser: expect.any(Number),
      });
    });

    describe.each(serviceNames)('%s', (service) => {
      it('has a Deployment, Service, ConfigMap, ServiceAccount, PodDisruptionBudget and NetworkPolicy', () => {
        const deployment = one(variant, 'Deployment', service);
        const selector = deployment.spec.selector.matchLabels;
        expect(one(variant, 'Service', service).spec.selector).toEqual(selector);
        expect(one(variant, 'ConfigMap', service).data).toBeDefined();
        const account = one(variant, 'ServiceAccount', service);
        expect(deployment.spec.template.spec.serviceAccountName).toBe(account.metadata.name);
        expect(deployment.spec.template.spec.automountServiceAccountToken).toBe(false);
        const budget = one(variant, 'PodDisruptionBudget', service);
        expect(budget.spec).toEqual({ maxUnavailable: 1, selector: { matchLabels: selector } });
        expect(one(variant, 'NetworkPolicy', service).spec.podSelector).toEqual({ matchLabels: selector });
      });

      it('scales with exactly one autoscaler aimed at its Deployment', () => {
        const deployment = one(variant, 'Deployment', service);
        const autoscalers = [
          ...all(variant, 'HorizontalPodAutoscaler'),
          ...all(variant, 'ScaledObject'),
        ].filter((a) => a.metadata.labels['app.kubernetes.io/component'] === service);
        expect(autoscalers).toHaveLength(1);
        expect(autoscalers[0].spec.scaleTargetRef).toMatchObject({
          kind: 'Deployment',
          name: deployment.metadata.name,
        });
        expect(deployment.spec.replicas).toBeUndefined();
      });

      it('runs non-root on a read-only root filesystem, without privilege escalation', () => {
        const deployment = one(variant, 'Deployment', service);
        const pod = deployment.spec.template.spec;
        const security = { ...pod.securityContext, ...container(deployment).securityContext };
        expect(security.runAsNonRoot).toBe(true);
        expect(security.runAsUser).toBeGreaterThan(0);
        expect(security.readOnlyRootFilesystem).toBe(true);
        expect(security.allowPrivilegeEscalation).toBe(false);
        expect(security.capabilities?.drop).toContain('ALL');
        expect(pod.volumes).toContainEqual(
          expect.objectContaining({ name: 'tmp', emptyDir: expect.any(Object) }),
        );
      });

      it('requests resources, limits memory and sizes the V8 heap at about 75% of the limit', () => {
        const deployment = one(variant, 'Deployment', service);
        const resources = container(deployment).resources;
        expect(resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
        expect(resources.limits.memory).toEqual(expect.any(String));
        const nodeOptions = effectiveEnvironment(variant, deployment).plain.NODE_OPTIONS;
        const heap = Number(/--max-old-space-size=(\d+)/.exec(nodeOptions)?.[1]);
        const ratio = heap / memoryMiB(resources.limits.memory);
        expect(ratio).toBeGreaterThanOrEqual(0.7);
        expect(ratio).toBeLessThanOrEqual(0.8);
      });

      it('probes /health/live and /health/ready, with a startup probe for slow broker connections', () => {
        const spec = container(one(variant, 'Deployment', service));
        const port = spec.ports.find((p: any) => p.name === 'http');
        expect(port).toBeDefined();
        expect(spec.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
        expect(spec.readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
        expect(spec.startupProbe.httpGet.path).toMatch(/^\/health\/(live|ready)$/);
        const startupWindow = spec.startupProbe.periodSeconds * spec.startupProbe.failureThreshold;
        expect(startupWindow).toBeGreaterThanOrEqual(120);
      });

      it('sleeps in preStop and gives more grace than the sleep plus the drain', () => {
        const deployment = one(variant, 'Deployment', service);
        const preStop = container(deployment).lifecycle.preStop;
        const sleepSeconds = Number(preStop.exec?.command?.[1] ?? preStop.sleep?.seconds);
        expect(preStop.exec?.command?.[0] ?? 'sleep').toBe('sleep');
        expect(sleepSeconds).toBeGreaterThan(0);
        const drainSeconds =
          Number(effectiveEnvironment(variant, deployment).plain.SHUTDOWN_TIMEOUT_MS) / 1000;
        expect(drainSeconds).toBeGreaterThan(0);
        expect(deployment.spec.template.spec.terminationGracePeriodSeconds).toBeGreaterThan(
          sleepSeconds + drainSeconds,
        );
      });

      it('sets what the service config schema requires, from its ConfigMap and the operator Secret', () => {
        const { plain, fromSecret } = effectiveEnvironment(variant, one(variant, 'Deployment', service));
        const names = [...Object.keys(plain), ...Object.keys(fromSecret)];
        for (const variable of requiredVariables(service)) {
          expect({ variable, set: names.includes(variable) }).toEqual({ variable, set: true });
        }
        expect(
          names.filter((name) => name !== 'NODE_OPTIONS' && !knownVariables(service).includes(name)),
        ).toEqual([]);
        expect(plain.PORT).toBe(
          String(container(one(variant, 'Deployment', service)).ports[0].containerPort),
        );
        expect(Object.keys(fromSecret)).toContain('DATABASE_URL');
        const env = { ...plain };
        for (const variable of Object.keys(fromSecret)) env[variable] = placeholderFor(variable);
        delete env.NODE_OPTIONS;
        expect(configProblem(service, env)).toBeUndefined();
      });

      it('migrates in a pre-install/pre-upgrade hook Job with the service image and full environment', () => {
        const jobs = all(variant, 'Job').filter(
          (j) => j.metadata.labels['app.kubernetes.io/component'] === `${service}-migrate`,
        );
        expect(jobs).toHaveLength(1);
        const job = jobs[0];
        expect(job.metadata.annotations['helm.sh/hook']).toBe('pre-install,pre-upgrade');
        expect(container(job).command).toEqual(['node', migrateEntry(service)]);
        expect(container(job).image).toBe(container(one(variant, 'Deployment', service)).image);
        expect(container(job).securityContext.readOnlyRootFilesystem).toBe(true);
        const { plain, fromSecret } = effectiveEnvironment(variant, job);
        const deploymentEnv = effectiveEnvironment(variant, one(variant, 'Deployment', service));
        expect(plain).toEqual(deploymentEnv.plain);
        expect(fromSecret).toEqual(deploymentEnv.fromSecret);
      });

      it('denies by default and allows only the ingress controller, Prometheus, the gateway, DNS, Kafka, PostgreSQL and OTLP', () => {
        const policy = one(variant, 'NetworkPolicy', service).spec;
        expect([...policy.policyTypes].sort()).toEqual(['Egress', 'Ingress']);
        expect(policy.ingress).toHaveLength(3);
        for (const rule of policy.ingress) {
          expect(rule.from.length).toBeGreaterThan(0);
          expect(rule.ports).toEqual([{ port: 'http', protocol: 'TCP' }]);
        }
        expect(policy.ingress[2].from).toEqual([
          { podSelector: { matchLabels: one(variant, 'Deployment', 'gateway').spec.selector.matchLabels } },
        ]);
        const egressPorts = policy.egress.flatMap((rule: any) =>
          rule.ports.map((p: any) => `${p.port}/${p.protocol}`),
        );
        const brokerPorts = effectiveEnvironment(variant, one(variant, 'Deployment', service))
          .plain.KAFKA_BROKERS.split(',')
          .map((broker) => `${broker.split(':').at(-1)}/TCP`);
        expect(egressPorts).toEqual(
          expect.arrayContaining(['53/UDP', '53/TCP', '5432/TCP', '4318/TCP', ...brokerPorts]),
        );
      });

      it('consumes only topics the topics hook creates, and has a dead-letter topic per consumer group', () => {
        const created = topicCommands(
          all(variant, 'Job').find(
            (j) => j.metadata.labels['app.kubernetes.io/component'] === 'kafka-topics',
          ),
        ).map((c) => c.topic);
        const scaledObject = all(variant, 'ScaledObject').find(
          (s) => s.metadata.labels['app.kubernetes.io/component'] === service,
        );
        for (const trigger of (scaledObject?.spec.triggers ?? []).filter((t: any) => t.type === 'kafka')) {
          expect(created).toContain(trigger.metadata.topic);
          expect(created).toContain(`${trigger.metadata.consumerGroup}.dlq`);
        }
      });
    });
    describe('gateway', () => {
      const gateway = () => one(variant, 'Deployment', 'gateway');

      it('has a Deployment, Service, ConfigMap, ServiceAccount, PodDisruptionBudget, NetworkPolicy and a CPU autoscaler', () => {
        const selector = gateway().spec.selector.matchLabels;
        expect(one(variant, 'Service', 'gateway').spec).toMatchObject({
          selector,
          ports: [{ name: 'http', port: 3000 }],
        });
        expect(one(variant, 'ConfigMap', 'gateway').data).toBeDefined();
        expect(gateway().spec.template.spec.serviceAccountName).toBe(
          one(variant, 'ServiceAccount', 'gateway').metadata.name,
        );
        expect(one(variant, 'PodDisruptionBudget', 'gateway').spec).toEqual({
          maxUnavailable: 1,
          selector: { matchLabels: selector },
        });
        const autoscaler = one(variant, 'HorizontalPodAutoscaler', 'gateway');
        expect(autoscaler.spec.scaleTargetRef.name).toBe(gateway().metadata.name);
        expect(gateway().spec.replicas).toBeUndefined();
      });

      it('runs like the services: non-root, read-only, probed, with preStop sleep and enough grace', () => {
        const pod = gateway().spec.template.spec;
        const spec = container(gateway());
        expect({ ...pod.securityContext, ...spec.securityContext }).toMatchObject({
          runAsNonRoot: true,
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
        });
        expect(spec.livenessProbe.httpGet).toEqual({ path: '/health/live', port: 'http' });
        expect(spec.readinessProbe.httpGet).toEqual({ path: '/health/ready', port: 'http' });
        expect(spec.lifecycle.preStop.exec.command[0]).toBe('sleep');
        expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(
          Number(spec.lifecycle.preStop.exec.command[1]),
        );
      });

      it('is configured as its schema requires: the services by their Service names, no database, no migrations', () => {
        const { plain, fromSecret } = effectiveEnvironment(variant, gateway());
        for (const service of serviceNames) {
          const target = one(variant, 'Service', service);
          expect(plain[`${service.toUpperCase()}_URL`]).toBe(
            `http://${target.metadata.name}:${target.spec.ports[0].port}`,
          );
        }
        expect(plain.LIVE_TOPICS.split(',').sort()).toEqual(Object.values(Topics).sort());
        expect(plain.AUTH_MODE).toBe('production');
        expect(Object.keys(fromSecret)).not.toContain('DATABASE_URL');
        // It checks tokens (for /api/events) exactly as the services do.
        const { DATABASE_URL: _database, ...serviceTokenSettings } = effectiveEnvironment(
          variant,
          one(variant, 'Deployment', 'catalogue'),
        ).fromSecret;
        expect(fromSecret).toEqual(serviceTokenSettings);
        const env: Record<string, string> = { ...plain };
        for (const variable of Object.keys(fromSecret)) env[variable] = placeholderFor(variable);
        delete env.NODE_OPTIONS;
        expect(Object.keys(env).filter((name) => !(name in gatewayConfigSchema.shape))).toEqual([]);
        expect(gatewayConfigProblem(env)).toBeUndefined();
        const migrations = all(variant, 'Job').filter(
          (j) => j.metadata.labels['app.kubernetes.io/component'] === 'gateway-migrate',
        );
        expect(migrations).toEqual([]);
      });

      it('may reach the services, Kafka, DNS and OTLP, but not PostgreSQL', () => {
        const policy = one(variant, 'NetworkPolicy', 'gateway').spec;
        expect(policy.ingress).toHaveLength(2);
        const ports = policy.egress.flatMap((rule: any) =>
          rule.ports.map((p: any) => `${p.port}/${p.protocol}`),
        );
        expect(ports).not.toContain('5432/TCP');
        for (const service of serviceNames) {
          const selector = one(variant, 'Deployment', service).spec.selector.matchLabels;
          expect(policy.egress).toContainEqual({
            to: [{ podSelector: { matchLabels: selector } }],
            ports: [{ port: expectedServices[service], protocol: 'TCP' }],
          });
        }
      });
    });
  });

  it('pins production image tags (never latest)', () => {
    const images = [...all('production', 'Deployment'), ...all('production', 'Job')].map(
      (w) => container(w).image as string,
    );
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(image).toMatch(/(:[\w][\w.-]*|@sha256:[a-f0-9]{64})$/);
      expect(image).not.toMatch(/:latest$/);
    }
  });

  it('uses CPU HorizontalPodAutoscalers by default and KEDA lag scaling in production', () => {
    // The gateway consumes no backlog: it scales on CPU either way.
    expect(all('default', 'HorizontalPodAutoscaler')).toHaveLength(serviceNames.length + 1);
    expect(all('default', 'ScaledObject')).toHaveLength(0);
    expect(all('production', 'ScaledObject')).toHaveLength(serviceNames.length);
    expect(
      all('production', 'HorizontalPodAutoscaler').map(
        (h) => h.metadata.labels['app.kubernetes.io/component'],
      ),
    ).toEqual(['gateway']);
    for (const scaledObject of all('production', 'ScaledObject')) {
      const kafkaTriggers = scaledObject.spec.triggers.filter((t: any) => t.type === 'kafka');
      expect(kafkaTriggers.length).toBeGreaterThan(0);
      for (const trigger of kafkaTriggers) {
        expect(trigger.metadata).toMatchObject({
          bootstrapServers: expect.any(String),
          consumerGroup: expect.any(String),
          topic: expect.any(String),
          lagThreshold: expect.stringMatching(/^\d+$/),
          allowIdleConsumers: 'false',
        });
      }
    }
  });

  it('caps KEDA replicas at the partition count of the topics a service consumes', () => {
    const narrow = renderChart(helm, [productionValues], ['kafka.topics.partitions=2']);
    const scaledObjects = narrow.filter((m) => m.kind === 'ScaledObject') as any[];
    expect(scaledObjects).toHaveLength(serviceNames.length);
    for (const scaledObject of scaledObjects) {
      expect(scaledObject.spec.maxReplicaCount).toBe(2);
      expect(scaledObject.spec.minReplicaCount).toBeLessThanOrEqual(2);
    }
  });

  describe('auth mode', () => {
    it.each(variants)(
      'sets AUTH_MODE=production explicitly for every service and hook Job (%s values)',
      (variant) => {
        for (const workload of [...all(variant, 'Deployment'), ...all(variant, 'Job')]) {
          if (workload.metadata.labels['app.kubernetes.io/component'] === 'kafka-topics') continue;
          const { plain, fromSecret } = effectiveEnvironment(variant, workload);
          expect({ name: workload.metadata.name, mode: plain.AUTH_MODE }).toEqual({
            name: workload.metadata.name,
            mode: 'production',
          });
          expect(Object.keys(fromSecret)).not.toContain('AUTH_MODE');
        }
      },
    );

    it('renders no way to development auth with the production values', () => {
      const attempts = [
        ['config.authMode=development'],
        ['config.extraEnv.AUTH_MODE=development'],
        ['services.catalogue.env.AUTH_MODE=development'],
        ['secret.env.AUTH_MODE.key=auth-mode'],
        ['services.analytics.secretEnv.AUTH_MODE.key=auth-mode'],
      ];
      for (const sets of attempts) {
        expect(() => renderChart(helm, [productionValues], sets)).toThrow(/AUTH_MODE|authMode/);
      }
      expect(() => renderChart(helm, [productionValues], ['config.authMode=insecure'])).toThrow(/authMode/);
    });

    it('allows development auth only outside nodeEnv=production, e.g. on a throwaway cluster', () => {
      const dev = renderChart(helm, [], ['config.nodeEnv=development', 'config.authMode=development']);
      const configMaps = dev.filter(
        (m) => m.kind === 'ConfigMap' && m.metadata.labels?.['app.kubernetes.io/component'],
      ) as any[];
      expect(configMaps.length).toBeGreaterThan(0);
      for (const configMap of configMaps) expect(configMap.data.AUTH_MODE).toBe('development');
    });
  });

  describe('monitoring', () => {
    let exported: Set<string>;
    beforeAll(async () => {
      exported = await exportedMetricNames();
    });

    it('knows the metrics the services export (the names the dashboard and alerts may use)', () => {
      for (const name of [
        'http_server_request_duration_seconds_count',
        'consumer_lag_messages',
        'consumer_dead_letters_total',
        'relay_lag_events',
        'relay_active',
        'process_resident_memory_bytes',
      ]) {
        expect(exported).toContain(name);
      }
      expect(metricsInPromql('sum by (service) (rate(a_total{x="y(z)"}[5m])) / max(b) > 0.5')).toEqual([
        'a_total',
        'b',
      ]);
    });

    it.each(variants)('ships a Grafana dashboard whose every query reads exported metrics (%s values)', (variant) => {
      const dashboards = all(variant, 'ConfigMap').filter((m) => m.metadata.labels?.grafana_dashboard === '1');
      expect(dashboards).toHaveLength(1);
      const files = Object.entries(dashboards[0].data as Record<string, string>);
      expect(files.map(([file]) => file)).toEqual(['product-ledger.json']);
      const dashboard = JSON.parse(files[0]![1]);
      expect(dashboard).toMatchObject({ uid: 'product-ledger', title: 'Product Ledger' });
      const panels: any[] = dashboard.panels;
      expect(panels.length).toBeGreaterThanOrEqual(6);
      const queried = new Set<string>();
      for (const panel of panels) {
        expect(panel.targets.length).toBeGreaterThan(0);
        for (const target of panel.targets) {
          const names = metricsInPromql(target.expr);
          expect({ panel: panel.title, names: names.length > 0 }).toEqual({ panel: panel.title, names: true });
          expect({ panel: panel.title, unknown: names.filter((name) => !exported.has(name)) }).toEqual({
            panel: panel.title,
            unknown: [],
          });
          for (const name of names) queried.add(name);
        }
      }
      for (const variable of dashboard.templating.list.filter((v: any) => v.type === 'query')) {
        const [, metric] = /label_values\(([a-z_:][a-z0-9_:]*)/.exec(variable.query.query) ?? [];
        expect(exported).toContain(metric);
      }
      // The signals the alerts watch are all on the dashboard.
      for (const name of ['consumer_lag_messages', 'consumer_dead_letters_total', 'relay_lag_events']) {
        expect(queried).toContain(name);
      }
    });

    it('renders no dashboard when metrics.dashboard.enabled is false', () => {
      const off = renderChart(helm, [], ['metrics.dashboard.enabled=false']);
      expect(off.filter((m) => m.metadata.labels?.grafana_dashboard)).toEqual([]);
    });

    it('alerts on consumer lag, dead letters, relay lag and the 5xx rate, reading exported metrics', () => {
      expect(all('default', 'PrometheusRule')).toEqual([]);
      const rules = all('production', 'PrometheusRule');
      expect(rules).toHaveLength(1);
      expect(rules[0].metadata.labels.release).toBe('kube-prometheus-stack');
      const alerts: any[] = rules[0].spec.groups.flatMap((group: any) => group.rules);
      expect(alerts.map((alert) => alert.alert).sort()).toEqual([
        'ProductLedgerConsumerLag',
        'ProductLedgerDeadLetters',
        'ProductLedgerHttp5xxRate',
        'ProductLedgerRelayLag',
      ]);
      const reads: Record<string, string[]> = Object.fromEntries(
        alerts.map((alert) => [alert.alert as string, metricsInPromql(alert.expr)]),
      );
      expect(reads).toEqual({
        ProductLedgerConsumerLag: ['consumer_lag_messages'],
        ProductLedgerDeadLetters: ['consumer_dead_letters_total'],
        ProductLedgerRelayLag: ['relay_lag_events'],
        ProductLedgerHttp5xxRate: ['http_server_request_duration_seconds_count', 'http_server_request_duration_seconds_count'],
      });
      for (const names of Object.values(reads)) for (const name of names) expect(exported).toContain(name);
      for (const alert of alerts) {
        expect(alert.labels.severity).toMatch(/^(warning|critical)$/);
        expect(alert.annotations.summary).toEqual(expect.any(String));
      }
    });

    it('adds metrics.selector to every metric an alert reads', () => {
      const selected = renderChart(helm, [], ['metrics.prometheusRule.enabled=true', 'metrics.selector=namespace="pl"']);
      const [rule] = selected.filter((m) => m.kind === 'PrometheusRule') as any[];
      for (const alert of rule.spec.groups.flatMap((group: any) => group.rules)) {
        const selectors = (alert.expr as string).match(/\{[^}]*\}/g) ?? [];
        expect(selectors.length).toBeGreaterThan(0);
        for (const selector of selectors) expect(selector).toContain('namespace="pl"');
      }
    });
  });

  it('refuses a secret as a plain value, and the latest tag', () => {
    expect(() => renderChart(helm, [], ['services.catalogue.env.DATABASE_URL=postgres://u:p@db/x'])).toThrow(
      /DATABASE_URL is secret/,
    );
    expect(() => renderChart(helm, [], ['config.extraEnv.AUTH_JWT_SECRET=not-in-a-configmap'])).toThrow(
      /AUTH_JWT_SECRET is secret/,
    );
    expect(() => renderChart(helm, [productionValues], ['image.tag=latest'])).toThrow(/image\/tag/);
  });
});
