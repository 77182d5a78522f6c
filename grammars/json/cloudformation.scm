; CloudFormation structure in JSON templates (tree-sitter-json).
; Captures: @cfn.intrinsic (Ref, Condition, Fn::* keys), @cfn.reference (the logical ID a Ref or
; Fn::GetAtt names), @cfn.fargate-key (properties that decide whether a service runs on Fargate).

(pair
  key: (string (string_content) @cfn.intrinsic)
  (#match? @cfn.intrinsic "^(Ref|Condition|Fn::[A-Za-z]+)$"))

(pair
  key: (string (string_content) @_ref)
  value: (string (string_content) @cfn.reference)
  (#eq? @_ref "Ref"))

(pair
  key: (string (string_content) @_getatt)
  value: (array . (string (string_content) @cfn.reference))
  (#eq? @_getatt "Fn::GetAtt"))

(pair
  key: (string (string_content) @cfn.fargate-key)
  (#any-of? @cfn.fargate-key
    "LaunchType" "CapacityProviderStrategy" "NetworkMode" "RequiresCompatibilities" "Cpu" "Memory"
    "ExecutionRoleArn" "NetworkConfiguration" "AwsvpcConfiguration" "TargetType" "PlatformVersion"
    "HostPort" "Role"))
