/** Evaluation of CRD `x-kubernetes-validations` rules the way kube-apiserver runs them. */
export { compileKindRules, type CompiledKindRules, type CompiledNode, type CompiledRule, type UnsupportedRule } from './compile.js';
export { evaluateRules, type CelViolation, type EvaluateOptions } from './evaluate.js';
export { skipAroundErrors } from './skip.js';
export { withDefaults } from './defaults.js';
export { firstDifference, structurallyEqual } from './compare.js';
export { apiServerMessage, formatFieldPath } from './message.js';
export { CelCompileError, compileExpression, type CelProgram } from './program.js';
