import { dedent } from './rule-harness.js';

/** A small valid repository (v1.2.3 shapes) that rule tests break one field at a time (text already dedented). */
export function platformFiles(): Record<string, string> {
  return Object.fromEntries(Object.entries(rawFiles()).map(([file, text]) => [file, dedent(text)]));
}

function rawFiles(): Record<string, string> {
  return {
    'platform/pipeline.yaml': `
      apiVersion: openchoreo.dev/v1alpha1
      kind: DeploymentPipeline
      metadata: {name: standard, namespace: default}
      spec:
        promotionPaths:
          - sourceEnvironmentRef: {name: development}
            targetEnvironmentRefs:
              - name: staging
          - sourceEnvironmentRef: {name: staging}
            targetEnvironmentRefs:
              - name: production
    `,
    'platform/environments.yaml': ['development', 'staging', 'production']
      .map((env) => [
        'apiVersion: openchoreo.dev/v1alpha1',
        'kind: Environment',
        `metadata: {name: ${env}, namespace: default}`,
        'spec:',
        '  dataPlaneRef: {kind: ClusterDataPlane, name: default}',
      ].join('\n'))
      .join('\n---\n'),
    'platform/service-type.yaml': `
      apiVersion: openchoreo.dev/v1alpha1
      kind: ClusterComponentType
      metadata: {name: service}
      spec:
        workloadType: deployment
        allowedTraits:
          - {kind: ClusterTrait, name: storage}
        allowedWorkflows:
          - {kind: ClusterWorkflow, name: docker}
        parameters:
          openAPIV3Schema:
            type: object
            required: [port]
            properties:
              port: {type: integer, minimum: 1}
              exposed: {type: boolean, default: false}
        environmentConfigs:
          openAPIV3Schema:
            type: object
            properties:
              replicas: {type: integer, default: 1}
        resources:
          - id: deployment
            template: {apiVersion: apps/v1, kind: Deployment, metadata: {name: x}}
    `,
    'platform/storage-trait.yaml': `
      apiVersion: openchoreo.dev/v1alpha1
      kind: ClusterTrait
      metadata: {name: storage}
      spec:
        parameters:
          openAPIV3Schema:
            type: object
            required: [mountPath]
            properties:
              mountPath: {type: string}
        environmentConfigs:
          openAPIV3Schema:
            type: object
            properties:
              size: {type: string, default: 1Gi}
    `,
    'platform/docker-workflow.yaml': `
      apiVersion: openchoreo.dev/v1alpha1
      kind: ClusterWorkflow
      metadata: {name: docker}
      spec:
        parameters:
          openAPIV3Schema:
            type: object
            required: [commit]
            properties:
              commit: {type: string}
              dockerfile: {type: string, default: Dockerfile}
        runTemplate: {apiVersion: argoproj.io/v1alpha1, kind: Workflow, metadata: {name: x, namespace: "\${metadata.namespace}"}}
    `,
    'apps/project.yaml': `
      apiVersion: openchoreo.dev/v1alpha1
      kind: Project
      metadata: {name: shop, namespace: default}
      spec:
        deploymentPipelineRef: {name: standard}
        type: {kind: ClusterProjectType, name: default}
      ---
      apiVersion: openchoreo.dev/v1alpha1
      kind: ClusterProjectType
      metadata: {name: default}
      spec:
        resources:
          - id: ns
            template: {apiVersion: v1, kind: Namespace, metadata: {name: x}}
    `,
    'apps/api/component.yaml': `
      apiVersion: openchoreo.dev/v1alpha1
      kind: Component
      metadata: {name: api, namespace: default}
      spec:
        owner: {projectName: shop}
        componentType: {kind: ClusterComponentType, name: deployment/service}
        parameters:
          port: 8080
        traits:
          - kind: ClusterTrait
            name: storage
            instanceName: data
            parameters: {mountPath: /data}
    `,
    'apps/api/workload.yaml': `
      apiVersion: openchoreo.dev/v1alpha1
      kind: Workload
      metadata: {name: api-workload, namespace: default}
      spec:
        owner: {projectName: shop, componentName: api}
        container:
          image: ghcr.io/acme/api:1
          env:
            - key: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: db, key: password}
    `,
    'apps/api/secret.yaml': `
      apiVersion: openchoreo.dev/v1alpha1
      kind: SecretReference
      metadata: {name: db, namespace: default}
      spec:
        template: {type: Opaque}
        data:
          - secretKey: password
            remoteRef: {key: db/password}
    `,
    'apps/api/binding-development.yaml': `
      apiVersion: openchoreo.dev/v1alpha1
      kind: ReleaseBinding
      metadata: {name: api-development, namespace: default}
      spec:
        owner: {projectName: shop, componentName: api}
        environment: development
        componentTypeEnvironmentConfigs:
          replicas: 2
        traitEnvironmentConfigs:
          data:
            size: 5Gi
    `,
  };
}

/** Replaces one substring of one file (the test fails loudly if the text is not there). */
export function edit(files: Record<string, string>, file: string, from: string, to: string): Record<string, string> {
  if (!files[file]?.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
  return { ...files, [file]: files[file].replace(from, to) };
}
