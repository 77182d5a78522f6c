; CloudFormation structure in YAML templates (tree-sitter-yaml).
; Captures: @cfn.intrinsic (short tags such as !Ref, and Fn::* keys), @cfn.reference (the logical
; ID a !Ref names), @cfn.fargate-key (properties that decide whether a service runs on Fargate).

((tag) @cfn.intrinsic
  (#match? @cfn.intrinsic "^!(Ref|Condition|GetAtt|Sub|If|Equals|Not|And|Or|FindInMap|Join|Select|Split|Base64|Cidr|GetAZs|ImportValue|Transform)$"))

(block_mapping_pair
  key: (flow_node (plain_scalar (string_scalar) @cfn.intrinsic))
  (#match? @cfn.intrinsic "^(Ref|Condition|Fn::[A-Za-z]+)$"))

(flow_node
  (tag) @_tag
  (plain_scalar (string_scalar) @cfn.reference)
  (#eq? @_tag "!Ref"))

(block_mapping_pair
  key: (flow_node (plain_scalar (string_scalar) @cfn.fargate-key))
  (#any-of? @cfn.fargate-key
    "LaunchType" "CapacityProviderStrategy" "NetworkMode" "RequiresCompatibilities" "Cpu" "Memory"
    "ExecutionRoleArn" "NetworkConfiguration" "AwsvpcConfiguration" "TargetType" "PlatformVersion"
    "HostPort" "Role"))
