/**
 * OpenChoreo kinds as the policy job sees them. Every kind of every known release (v0.12 … v1.2), for checking
 * the kinds a config names, and the platform-level ones: templates, planes, environments, pipelines, secrets
 * and authorization, which a platform team owns and application teams consume.
 */
export const OPENCHOREO_KINDS: readonly string[] = [
  'AuthzRole', 'AuthzRoleBinding', 'Build', 'BuildPlane', 'ClusterAuthzRole', 'ClusterAuthzRoleBinding',
  'ClusterComponentType', 'ClusterDataPlane', 'ClusterObservabilityPlane', 'ClusterProjectType', 'ClusterResourceType',
  'ClusterTrait', 'ClusterWorkflow', 'ClusterWorkflowPlane', 'Component', 'ComponentRelease', 'ComponentType',
  'ComponentWorkflow', 'ComponentWorkflowRun', 'ConfigurationGroup', 'DataPlane', 'DeploymentPipeline',
  'DeploymentTrack', 'Environment', 'GitCommitRequest', 'ObservabilityAlertRule', 'ObservabilityAlertsNotificationChannel',
  'ObservabilityPlane', 'Organization', 'Project', 'ProjectRelease', 'ProjectReleaseBinding', 'ProjectType', 'Release',
  'ReleaseBinding', 'RenderedRelease', 'Resource', 'ResourceRelease', 'ResourceReleaseBinding', 'ResourceType',
  'SecretReference', 'Trait', 'Workflow', 'WorkflowPlane', 'WorkflowRun', 'Workload',
];

export const PLATFORM_KINDS: readonly string[] = [
  'ComponentType', 'ClusterComponentType', 'Trait', 'ClusterTrait', 'Workflow', 'ClusterWorkflow', 'ComponentWorkflow',
  'ProjectType', 'ClusterProjectType', 'ResourceType', 'ClusterResourceType',
  'Environment', 'DeploymentPipeline',
  'DataPlane', 'ClusterDataPlane', 'WorkflowPlane', 'ClusterWorkflowPlane', 'BuildPlane',
  'ObservabilityPlane', 'ClusterObservabilityPlane', 'ObservabilityAlertsNotificationChannel',
  'SecretReference', 'ConfigurationGroup', 'Organization',
  'AuthzRole', 'ClusterAuthzRole', 'AuthzRoleBinding', 'ClusterAuthzRoleBinding',
];

/** Kinds that deploy something into one environment named by `spec.environment`. */
export const BINDING_KINDS: readonly string[] = ['ReleaseBinding', 'ProjectReleaseBinding', 'ResourceReleaseBinding'];
