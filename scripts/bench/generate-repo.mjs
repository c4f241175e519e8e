// Generates a large, valid OpenChoreo (v1.2) GitOps repository for benchmarks:
// `projects` × `components` Components, each with a Workload, `releases` ComponentRelease snapshots and one
// ReleaseBinding per environment, plus the platform resources they reference. Deterministic for a given seed.
// Each release snapshot carries a plaintext POSTGRES_PASSWORD (a planted secret for the policy scan).
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, '0');
/** Indents every non-empty line of a YAML block. */
const indented = (text, indent) => text.split('\n').map((l) => (l ? indent + l : l)).join('\n');
const ENVIRONMENTS = ['development', 'staging', 'production'];

function write(root, path, text, counter) {
  const abs = join(root, path);
  mkdirSync(join(abs, '..'), { recursive: true });
  writeFileSync(abs, text);
  counter.files++;
  counter.bytes += Buffer.byteLength(text);
}

const componentTypeSpec = (indent) => {
  const body = `workloadType: deployment
allowedTraits:
  - kind: Trait
    name: storage
parameters:
  openAPIV3Schema:
    type: object
    $defs:
      Probe:
        type: object
        properties:
          path:
            type: string
            default: /healthz
          periodSeconds:
            type: integer
            default: 10
    properties:
      port:
        type: integer
        minimum: 1
        maximum: 65535
        default: 8080
      replicas:
        type: integer
        minimum: 0
        default: 1
      exposed:
        type: boolean
        default: false
      probe:
        $ref: "#/$defs/Probe"
        default: {}
environmentConfigs:
  openAPIV3Schema:
    type: object
    properties:
      replicas:
        type: integer
        default: 1
      cpu:
        type: string
        default: 100m
      memory:
        type: string
        default: 256Mi
      logLevel:
        type: string
        enum: [debug, info, warn, error]
        default: info
resources:
  - id: deployment
    template:
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: \${metadata.name}
        namespace: \${metadata.namespace}
        labels: \${metadata.labels}
      spec:
        replicas: \${environmentConfigs.replicas}
        selector:
          matchLabels: \${metadata.podSelectors}
        template:
          metadata:
            labels: \${metadata.podSelectors}
          spec:
            containers:
              - name: main
                image: \${workload.container.image}
                ports:
                  - containerPort: \${parameters.port}
                    name: http
                env: \${dependencies.toContainerEnvs()}
                envFrom: \${configurations.toContainerEnvFrom()}
                readinessProbe:
                  httpGet:
                    path: \${parameters.probe.path}
                    port: \${parameters.port}
                  periodSeconds: \${parameters.probe.periodSeconds}
                resources:
                  requests:
                    cpu: \${environmentConfigs.cpu}
                    memory: \${environmentConfigs.memory}
                  limits:
                    cpu: \${environmentConfigs.cpu}
                    memory: \${environmentConfigs.memory}
                volumeMounts: \${configurations.toContainerVolumeMounts()}
            volumes: \${configurations.toVolumes()}
  - id: service
    template:
      apiVersion: v1
      kind: Service
      metadata:
        name: \${metadata.componentName}
        namespace: \${metadata.namespace}
        labels: \${metadata.labels}
      spec:
        type: ClusterIP
        selector: \${metadata.podSelectors}
        ports:
          - name: http
            port: \${parameters.port}
            targetPort: \${parameters.port}
  - id: env-config
    forEach: \${configurations.toConfigEnvsByContainer()}
    var: envConfig
    template:
      apiVersion: v1
      kind: ConfigMap
      metadata:
        name: \${envConfig.resourceName}
        namespace: \${metadata.namespace}
      data: \${envConfig.envs}
  - id: secret-env
    forEach: \${configurations.toSecretEnvsByContainer()}
    var: secretEnv
    template:
      apiVersion: external-secrets.io/v1
      kind: ExternalSecret
      metadata:
        name: \${secretEnv.resourceName}
        namespace: \${metadata.namespace}
      spec:
        refreshInterval: 15s
        secretStoreRef:
          kind: ClusterSecretStore
          name: \${dataplane.secretStore}
        target:
          name: \${secretEnv.resourceName}
          creationPolicy: Owner
        data: \${secretEnv.envs}
  - id: autoscaler
    includeWhen: \${environmentConfigs.replicas > 1}
    template:
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata:
        name: \${metadata.name}
        namespace: \${metadata.namespace}
        labels: \${metadata.labels}
      spec:
        scaleTargetRef:
          apiVersion: apps/v1
          kind: Deployment
          name: \${metadata.name}
        minReplicas: \${environmentConfigs.replicas}
        maxReplicas: \${environmentConfigs.replicas * 4}
        metrics:
          - type: Resource
            resource:
              name: cpu
              target:
                type: Utilization
                averageUtilization: 75
          - type: Resource
            resource:
              name: memory
              target:
                type: Utilization
                averageUtilization: 80
  - id: disruption-budget
    includeWhen: \${environmentConfigs.replicas > 1}
    template:
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata:
        name: \${metadata.name}
        namespace: \${metadata.namespace}
        labels: \${metadata.labels}
      spec:
        minAvailable: 1
        selector:
          matchLabels: \${metadata.podSelectors}
  - id: network-policy
    template:
      apiVersion: networking.k8s.io/v1
      kind: NetworkPolicy
      metadata:
        name: \${metadata.name}
        namespace: \${metadata.namespace}
        labels: \${metadata.labels}
      spec:
        podSelector:
          matchLabels: \${metadata.podSelectors}
        policyTypes: [Ingress, Egress]
        ingress:
          - from:
              - namespaceSelector:
                  matchLabels:
                    openchoreo.dev/project: \${metadata.projectName}
            ports:
              - protocol: TCP
                port: \${parameters.port}
        egress:
          - to:
              - namespaceSelector: {}
            ports:
              - protocol: TCP
                port: 5432
              - protocol: UDP
                port: 53
`;
  return indented(body, indent);
};

const traitSpec = (indent) => indented(`parameters:
  openAPIV3Schema:
    type: object
    required: [mountPath]
    properties:
      mountPath:
        type: string
      volumeName:
        type: string
        default: data
environmentConfigs:
  openAPIV3Schema:
    type: object
    properties:
      size:
        type: string
        default: 1Gi
creates:
  - template:
      apiVersion: v1
      kind: PersistentVolumeClaim
      metadata:
        name: \${metadata.name}-\${trait.instanceName}
        namespace: \${metadata.namespace}
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: \${environmentConfigs.size}
`, indent);

/** Writes the repository; returns {files, bytes, manifests, plantedSecrets}. */
export function generateRepo(root, { projects = 20, components = 25, releases = 8, seed = 42 } = {}) {
  const rand = prng(seed);
  const token = (n) => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'[Math.floor(rand() * 58)]).join('');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const c = { files: 0, bytes: 0, manifests: 0, plantedSecrets: 0 };
  const doc = (path, text) => {
    write(root, path, text, c);
    c.manifests += text.split(/^---$/m).length;
  };
  doc('platform/project-type.yaml', `apiVersion: openchoreo.dev/v1alpha1
kind: ClusterProjectType
metadata:
  name: default
spec:
  resources:
    - id: namespace
      template:
        apiVersion: v1
        kind: Namespace
        metadata:
          name: \${metadata.namespace}
`);
  doc('platform/component-types/web-service.yaml', `apiVersion: openchoreo.dev/v1alpha1
kind: ComponentType
metadata:
  name: web-service
  namespace: default
spec:
${componentTypeSpec('  ')}`);
  doc('platform/traits/storage.yaml', `apiVersion: openchoreo.dev/v1alpha1
kind: Trait
metadata:
  name: storage
  namespace: default
spec:
${traitSpec('  ')}`);
  for (const env of ENVIRONMENTS) {
    doc(`platform/environments/${env}.yaml`, `apiVersion: openchoreo.dev/v1alpha1
kind: Environment
metadata:
  name: ${env}
  namespace: default
spec:
  dataPlaneRef:
    kind: ClusterDataPlane
    name: default
  isProduction: ${env === 'production'}
`);
  }
  doc('platform/pipeline.yaml', `apiVersion: openchoreo.dev/v1alpha1
kind: DeploymentPipeline
metadata:
  name: standard
  namespace: default
spec:
  promotionPaths:
    - sourceEnvironmentRef:
        name: development
      targetEnvironmentRefs:
        - name: staging
    - sourceEnvironmentRef:
        name: staging
      targetEnvironmentRefs:
        - name: production
`);
  for (let p = 1; p <= projects; p++) {
    const project = `project-${pad(p)}`;
    const pdir = `projects/${project}`;
    doc(`${pdir}/project.yaml`, `apiVersion: openchoreo.dev/v1alpha1
kind: Project
metadata:
  name: ${project}
  namespace: default
spec:
  type:
    kind: ClusterProjectType
    name: default
  deploymentPipelineRef:
    name: standard
---
apiVersion: openchoreo.dev/v1alpha1
kind: SecretReference
metadata:
  name: ${project}-db
  namespace: default
spec:
  template:
    type: Opaque
  data:
    - secretKey: password
      remoteRef:
        key: ${project}/postgres
        property: password
`);
    for (let n = 1; n <= components; n++) {
      const comp = `${project}-svc-${pad(n)}`;
      const cdir = `${pdir}/components/${comp}`;
      const port = 8000 + n;
      doc(`${cdir}/component.yaml`, `apiVersion: openchoreo.dev/v1alpha1
kind: Component
metadata:
  name: ${comp}
  namespace: default
spec:
  owner:
    projectName: ${project}
  componentType:
    kind: ComponentType
    name: deployment/web-service
  autoDeploy: false
  parameters:
    port: ${port}
    replicas: 2
  traits:
    - kind: Trait
      name: storage
      instanceName: data
      parameters:
        mountPath: /var/lib/data
`);
      const workload = (image, indent, plain) => indented(`container:
  image: ${image}
  env:
    - key: LOG_FORMAT
      value: json
    - key: POSTGRES_USER
      value: app
    - key: POSTGRES_PASSWORD
${plain ? `      value: ${plain}` : `      valueFrom:
        secretKeyRef:
          name: ${project}-db
          key: password`}
    - key: SERVICE_PORT
      value: "${port}"
endpoints:
  http:
    type: HTTP
    port: ${port}
    visibility: [project]
${plain ? '' : `owner:
  projectName: ${project}
  componentName: ${comp}
`}`, indent);
      const image = (r) => `registry.example.com/${project}/${comp}:1.${r}.0-${token(7).toLowerCase()}`;
      doc(`${cdir}/workload.yaml`, `apiVersion: openchoreo.dev/v1alpha1
kind: Workload
metadata:
  name: ${comp}
  namespace: default
spec:
${workload(image(releases), '  ', '')}`);
      const releaseNames = [];
      for (let r = 1; r <= releases; r++) {
        const name = `${comp}-202601${pad(r)}-1`;
        releaseNames.push(name);
        c.plantedSecrets++;
        doc(`${cdir}/releases/${name}.yaml`, `apiVersion: openchoreo.dev/v1alpha1
kind: ComponentRelease
metadata:
  name: ${name}
  namespace: default
spec:
  owner:
    projectName: ${project}
    componentName: ${comp}
  componentType:
    kind: ComponentType
    name: deployment/web-service
    spec:
${componentTypeSpec('      ')}
  traits:
    - kind: Trait
      name: storage
      spec:
${traitSpec('        ')}
  componentProfile:
    parameters:
      port: ${port}
      replicas: 2
    traits:
      - kind: Trait
        name: storage
        instanceName: data
        parameters:
          mountPath: /var/lib/data
  workload:
${workload(image(r), '    ', token(20))}`);
      }
      ENVIRONMENTS.forEach((env, i) => {
        doc(`${cdir}/release-bindings/${comp}-${env}.yaml`, `apiVersion: openchoreo.dev/v1alpha1
kind: ReleaseBinding
metadata:
  name: ${comp}-${env}
  namespace: default
spec:
  owner:
    projectName: ${project}
    componentName: ${comp}
  environment: ${env}
  releaseName: ${releaseNames[releaseNames.length - 1 - i]}
  componentTypeEnvironmentConfigs:
    replicas: ${i + 1}
    logLevel: ${env === 'production' ? 'warn' : 'debug'}
`);
      });
    }
  }
  return c;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? '.bench/repo';
  const stats = generateRepo(dir);
  console.log(`${dir}: ${stats.files} files, ${stats.manifests} manifests, ${(stats.bytes / 1048576).toFixed(1)} MB`);
}
