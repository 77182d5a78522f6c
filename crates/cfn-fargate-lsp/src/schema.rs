//! Property tables derived from the CloudFormation resource schemas (`cargo xtask codegen`;
//! do not edit): for each resource type and each object type it defines, the properties
//! with whether they are required, their kind, the object type of their value and their
//! allowed values; and each resource type's attributes (for `Fn::GetAtt`).

use crate::schema_types::{Kind, ObjectSchema, PropertySchema};

pub static OBJECTS: &[ObjectSchema] = &[
    ObjectSchema {
        name: "AWS::ApplicationAutoScaling::ScalableTarget",
        properties: &[
            PropertySchema { name: "MaxCapacity", required: true, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MinCapacity", required: true, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "ResourceId", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RoleARN", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ScalableDimension", required: true, kind: Kind::Scalar, target: None, values: &["appstream:fleet:DesiredCapacity", "cassandra:table:ReadCapacityUnits", "cassandra:table:WriteCapacityUnits", "comprehend:document-classifier-endpoint:DesiredInferenceUnits", "comprehend:entity-recognizer-endpoint:DesiredInferenceUnits", "custom-resource:ResourceType:Property", "dynamodb:index:ReadCapacityUnits", "dynamodb:index:WriteCapacityUnits", "dynamodb:table:ReadCapacityUnits", "dynamodb:table:WriteCapacityUnits", "ec2:spot-fleet-request:TargetCapacity", "ecs:service:DesiredCount", "elasticache:cache-cluster:Nodes", "elasticache:replication-group:NodeGroups", "elasticache:replication-group:Replicas", "elasticmapreduce:instancegroup:InstanceCount", "kafka:broker-storage:VolumeSize", "lambda:function:ProvisionedConcurrency", "neptune:cluster:ReadReplicaCount", "rds:cluster:ReadReplicaCount", "sagemaker:inference-component:DesiredCopyCount", "sagemaker:variant:DesiredInstanceCount", "sagemaker:variant:DesiredProvisionedConcurrency", "workspaces:workspacespool:DesiredUserSessions"] },
            PropertySchema { name: "ScheduledActions", required: false, kind: Kind::List, target: Some("AWS::ApplicationAutoScaling::ScalableTarget/ScheduledAction"), values: &[] },
            PropertySchema { name: "ServiceNamespace", required: true, kind: Kind::Scalar, target: None, values: &["appstream", "cassandra", "comprehend", "custom-resource", "dynamodb", "ec2", "ecs", "elasticache", "elasticmapreduce", "kafka", "lambda", "neptune", "rds", "sagemaker", "workspaces"] },
            PropertySchema { name: "SuspendedState", required: false, kind: Kind::Object, target: Some("AWS::ApplicationAutoScaling::ScalableTarget/SuspendedState"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ApplicationAutoScaling::ScalableTarget/ScalableTargetAction",
        properties: &[
            PropertySchema { name: "MaxCapacity", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MinCapacity", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ApplicationAutoScaling::ScalableTarget/ScheduledAction",
        properties: &[
            PropertySchema { name: "EndTime", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ScalableTargetAction", required: false, kind: Kind::Object, target: Some("AWS::ApplicationAutoScaling::ScalableTarget/ScalableTargetAction"), values: &[] },
            PropertySchema { name: "Schedule", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ScheduledActionName", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "StartTime", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Timezone", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ApplicationAutoScaling::ScalableTarget/SuspendedState",
        properties: &[
            PropertySchema { name: "DynamicScalingInSuspended", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "DynamicScalingOutSuspended", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "ScheduledScalingSuspended", required: false, kind: Kind::Boolean, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider",
        properties: &[
            PropertySchema { name: "AutoScalingGroupProvider", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/AutoScalingGroupProvider"), values: &[] },
            PropertySchema { name: "ClusterName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ManagedInstancesProvider", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/ManagedInstancesProvider"), values: &[] },
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::ECS::CapacityProvider/Tag"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/AcceleratorCountRequest",
        properties: &[
            PropertySchema { name: "Max", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Min", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/AcceleratorTotalMemoryMiBRequest",
        properties: &[
            PropertySchema { name: "Max", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Min", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/AutoRepairConfiguration",
        properties: &[
            PropertySchema { name: "ActionsStatus", required: false, kind: Kind::Scalar, target: None, values: &["ENABLED", "DISABLED"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/AutoScalingGroupProvider",
        properties: &[
            PropertySchema { name: "AutoScalingGroupArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ManagedDraining", required: false, kind: Kind::Scalar, target: None, values: &["DISABLED", "ENABLED"] },
            PropertySchema { name: "ManagedScaling", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/ManagedScaling"), values: &[] },
            PropertySchema { name: "ManagedTerminationProtection", required: false, kind: Kind::Scalar, target: None, values: &["DISABLED", "ENABLED"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/BaselineEbsBandwidthMbpsRequest",
        properties: &[
            PropertySchema { name: "Max", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Min", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/CapacityReservationRequest",
        properties: &[
            PropertySchema { name: "ReservationGroupArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ReservationPreference", required: false, kind: Kind::Scalar, target: None, values: &["RESERVATIONS_ONLY", "RESERVATIONS_FIRST", "RESERVATIONS_EXCLUDED"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/InstanceLaunchTemplate",
        properties: &[
            PropertySchema { name: "CapacityOptionType", required: false, kind: Kind::Scalar, target: None, values: &["ON_DEMAND", "SPOT", "RESERVED"] },
            PropertySchema { name: "CapacityReservations", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/CapacityReservationRequest"), values: &[] },
            PropertySchema { name: "Ec2InstanceProfileArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "FipsEnabled", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "InstanceMetadataTagsPropagation", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "InstanceRequirements", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/InstanceRequirementsRequest"), values: &[] },
            PropertySchema { name: "LocalStorageConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/ManagedInstancesLocalStorageConfiguration"), values: &[] },
            PropertySchema { name: "Monitoring", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/ManagedInstancesMonitoringOptions"), values: &[] },
            PropertySchema { name: "NetworkConfiguration", required: true, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/ManagedInstancesNetworkConfiguration"), values: &[] },
            PropertySchema { name: "StorageConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/ManagedInstancesStorageConfiguration"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/InstanceRequirementsRequest",
        properties: &[
            PropertySchema { name: "AcceleratorCount", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/AcceleratorCountRequest"), values: &[] },
            PropertySchema { name: "AcceleratorManufacturers", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "AcceleratorNames", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "AcceleratorTotalMemoryMiB", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/AcceleratorTotalMemoryMiBRequest"), values: &[] },
            PropertySchema { name: "AcceleratorTypes", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "AllowedInstanceTypes", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "BareMetal", required: false, kind: Kind::Scalar, target: None, values: &["included", "required", "excluded"] },
            PropertySchema { name: "BaselineEbsBandwidthMbps", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/BaselineEbsBandwidthMbpsRequest"), values: &[] },
            PropertySchema { name: "BurstablePerformance", required: false, kind: Kind::Scalar, target: None, values: &["included", "required", "excluded"] },
            PropertySchema { name: "CpuManufacturers", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "ExcludedInstanceTypes", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "InstanceGenerations", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "LocalStorage", required: false, kind: Kind::Scalar, target: None, values: &["included", "required", "excluded"] },
            PropertySchema { name: "LocalStorageTypes", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "MaxSpotPriceAsPercentageOfOptimalOnDemandPrice", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MemoryGiBPerVCpu", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/MemoryGiBPerVCpuRequest"), values: &[] },
            PropertySchema { name: "MemoryMiB", required: true, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/MemoryMiBRequest"), values: &[] },
            PropertySchema { name: "NetworkBandwidthGbps", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/NetworkBandwidthGbpsRequest"), values: &[] },
            PropertySchema { name: "NetworkInterfaceCount", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/NetworkInterfaceCountRequest"), values: &[] },
            PropertySchema { name: "OnDemandMaxPricePercentageOverLowestPrice", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "RequireHibernateSupport", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "SpotMaxPricePercentageOverLowestPrice", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "TotalLocalStorageGB", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/TotalLocalStorageGBRequest"), values: &[] },
            PropertySchema { name: "VCpuCount", required: true, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/VCpuCountRangeRequest"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/ManagedInstancesLocalStorageConfiguration",
        properties: &[
            PropertySchema { name: "UseLocalStorage", required: false, kind: Kind::Boolean, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/ManagedInstancesNetworkConfiguration",
        properties: &[
            PropertySchema { name: "SecurityGroups", required: true, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Subnets", required: true, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/ManagedInstancesProvider",
        properties: &[
            PropertySchema { name: "AutoRepairConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/AutoRepairConfiguration"), values: &[] },
            PropertySchema { name: "InfrastructureOptimization", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "InfrastructureRoleArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "InstanceLaunchTemplate", required: true, kind: Kind::Object, target: Some("AWS::ECS::CapacityProvider/InstanceLaunchTemplate"), values: &[] },
            PropertySchema { name: "PropagateTags", required: false, kind: Kind::Scalar, target: None, values: &["CAPACITY_PROVIDER", "NONE"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/ManagedInstancesStorageConfiguration",
        properties: &[
            PropertySchema { name: "StorageSizeGiB", required: true, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/ManagedScaling",
        properties: &[
            PropertySchema { name: "InstanceWarmupPeriod", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MaximumScalingStepSize", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MinimumScalingStepSize", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Status", required: false, kind: Kind::Scalar, target: None, values: &["DISABLED", "ENABLED"] },
            PropertySchema { name: "TargetCapacity", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/MemoryGiBPerVCpuRequest",
        properties: &[
            PropertySchema { name: "Max", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Min", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/MemoryMiBRequest",
        properties: &[
            PropertySchema { name: "Max", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Min", required: true, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/NetworkBandwidthGbpsRequest",
        properties: &[
            PropertySchema { name: "Max", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Min", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/NetworkInterfaceCountRequest",
        properties: &[
            PropertySchema { name: "Max", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Min", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/Tag",
        properties: &[
            PropertySchema { name: "Key", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/TotalLocalStorageGBRequest",
        properties: &[
            PropertySchema { name: "Max", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Min", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::CapacityProvider/VCpuCountRangeRequest",
        properties: &[
            PropertySchema { name: "Max", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Min", required: true, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Cluster",
        properties: &[
            PropertySchema { name: "CapacityProviders", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "ClusterName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ClusterSettings", required: false, kind: Kind::List, target: Some("AWS::ECS::Cluster/ClusterSettings"), values: &[] },
            PropertySchema { name: "Configuration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Cluster/ClusterConfiguration"), values: &[] },
            PropertySchema { name: "DefaultCapacityProviderStrategy", required: false, kind: Kind::List, target: Some("AWS::ECS::Cluster/CapacityProviderStrategyItem"), values: &[] },
            PropertySchema { name: "ServiceConnectDefaults", required: false, kind: Kind::Object, target: Some("AWS::ECS::Cluster/ServiceConnectDefaults"), values: &[] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::ECS::Cluster/Tag"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Cluster/CapacityProviderStrategyItem",
        properties: &[
            PropertySchema { name: "Base", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "CapacityProvider", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Weight", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Cluster/ClusterConfiguration",
        properties: &[
            PropertySchema { name: "ExecuteCommandConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Cluster/ExecuteCommandConfiguration"), values: &[] },
            PropertySchema { name: "ManagedStorageConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Cluster/ManagedStorageConfiguration"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Cluster/ClusterSettings",
        properties: &[
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Cluster/ExecuteCommandConfiguration",
        properties: &[
            PropertySchema { name: "KmsKeyId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "LogConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Cluster/ExecuteCommandLogConfiguration"), values: &[] },
            PropertySchema { name: "Logging", required: false, kind: Kind::Scalar, target: None, values: &["DEFAULT", "NONE", "OVERRIDE"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Cluster/ExecuteCommandLogConfiguration",
        properties: &[
            PropertySchema { name: "CloudWatchEncryptionEnabled", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "CloudWatchLogGroupName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "S3BucketName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "S3EncryptionEnabled", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "S3KeyPrefix", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Cluster/ManagedStorageConfiguration",
        properties: &[
            PropertySchema { name: "FargateEphemeralStorageKmsKeyId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "KmsKeyId", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Cluster/ServiceConnectDefaults",
        properties: &[
            PropertySchema { name: "Namespace", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Cluster/Tag",
        properties: &[
            PropertySchema { name: "Key", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ClusterCapacityProviderAssociations",
        properties: &[
            PropertySchema { name: "CapacityProviders", required: false, kind: Kind::Object, target: Some("AWS::ECS::ClusterCapacityProviderAssociations/CapacityProviders"), values: &[] },
            PropertySchema { name: "Cluster", required: true, kind: Kind::Object, target: Some("AWS::ECS::ClusterCapacityProviderAssociations/Cluster"), values: &[] },
            PropertySchema { name: "DefaultCapacityProviderStrategy", required: true, kind: Kind::Object, target: Some("AWS::ECS::ClusterCapacityProviderAssociations/DefaultCapacityProviderStrategy"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ClusterCapacityProviderAssociations/CapacityProviderStrategy",
        properties: &[
            PropertySchema { name: "Base", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "CapacityProvider", required: true, kind: Kind::Object, target: Some("AWS::ECS::ClusterCapacityProviderAssociations/CapacityProvider"), values: &[] },
            PropertySchema { name: "Weight", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Daemon",
        properties: &[
            PropertySchema { name: "CapacityProviderArns", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "ClusterArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DaemonName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DaemonTaskDefinitionArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DeploymentConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Daemon/DaemonDeploymentConfiguration"), values: &[] },
            PropertySchema { name: "EnableECSManagedTags", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "EnableExecuteCommand", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "PropagateTags", required: false, kind: Kind::Scalar, target: None, values: &["DAEMON", "NONE"] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::ECS::Daemon/Tag"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Daemon/DaemonAlarmConfiguration",
        properties: &[
            PropertySchema { name: "AlarmNames", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Enable", required: false, kind: Kind::Boolean, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Daemon/DaemonDeploymentConfiguration",
        properties: &[
            PropertySchema { name: "Alarms", required: false, kind: Kind::Object, target: Some("AWS::ECS::Daemon/DaemonAlarmConfiguration"), values: &[] },
            PropertySchema { name: "BakeTimeInMinutes", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "DrainPercent", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Daemon/Tag",
        properties: &[
            PropertySchema { name: "Key", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition",
        properties: &[
            PropertySchema { name: "ContainerDefinitions", required: false, kind: Kind::List, target: Some("AWS::ECS::DaemonTaskDefinition/DaemonContainerDefinition"), values: &[] },
            PropertySchema { name: "Cpu", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ExecutionRoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Family", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "IpcMode", required: false, kind: Kind::Scalar, target: None, values: &["none", "shared"] },
            PropertySchema { name: "Memory", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "PidMode", required: false, kind: Kind::Scalar, target: None, values: &["none", "shared"] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::ECS::DaemonTaskDefinition/Tag"), values: &[] },
            PropertySchema { name: "TaskRoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Volumes", required: false, kind: Kind::List, target: Some("AWS::ECS::DaemonTaskDefinition/Volume"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/ContainerDependency",
        properties: &[
            PropertySchema { name: "Condition", required: false, kind: Kind::Scalar, target: None, values: &["COMPLETE", "HEALTHY", "START", "SUCCESS"] },
            PropertySchema { name: "ContainerName", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/DaemonContainerDefinition",
        properties: &[
            PropertySchema { name: "Command", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Cpu", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "DependsOn", required: false, kind: Kind::List, target: Some("AWS::ECS::DaemonTaskDefinition/ContainerDependency"), values: &[] },
            PropertySchema { name: "EntryPoint", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Environment", required: false, kind: Kind::List, target: Some("AWS::ECS::DaemonTaskDefinition/KeyValuePair"), values: &[] },
            PropertySchema { name: "EnvironmentFiles", required: false, kind: Kind::List, target: Some("AWS::ECS::DaemonTaskDefinition/EnvironmentFile"), values: &[] },
            PropertySchema { name: "Essential", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "FirelensConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::DaemonTaskDefinition/FirelensConfiguration"), values: &[] },
            PropertySchema { name: "HealthCheck", required: false, kind: Kind::Object, target: Some("AWS::ECS::DaemonTaskDefinition/HealthCheck"), values: &[] },
            PropertySchema { name: "Image", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Interactive", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "LinuxParameters", required: false, kind: Kind::Object, target: Some("AWS::ECS::DaemonTaskDefinition/LinuxParameters"), values: &[] },
            PropertySchema { name: "LogConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::DaemonTaskDefinition/LogConfiguration"), values: &[] },
            PropertySchema { name: "Memory", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MemoryReservation", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MountPoints", required: false, kind: Kind::List, target: Some("AWS::ECS::DaemonTaskDefinition/MountPoint"), values: &[] },
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Privileged", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "PseudoTerminal", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "ReadonlyRootFilesystem", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "RepositoryCredentials", required: false, kind: Kind::Object, target: Some("AWS::ECS::DaemonTaskDefinition/RepositoryCredentials"), values: &[] },
            PropertySchema { name: "RestartPolicy", required: false, kind: Kind::Object, target: Some("AWS::ECS::DaemonTaskDefinition/RestartPolicy"), values: &[] },
            PropertySchema { name: "Secrets", required: false, kind: Kind::List, target: Some("AWS::ECS::DaemonTaskDefinition/Secret"), values: &[] },
            PropertySchema { name: "StartTimeout", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "StopTimeout", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "SystemControls", required: false, kind: Kind::List, target: Some("AWS::ECS::DaemonTaskDefinition/SystemControl"), values: &[] },
            PropertySchema { name: "Ulimits", required: false, kind: Kind::List, target: Some("AWS::ECS::DaemonTaskDefinition/Ulimit"), values: &[] },
            PropertySchema { name: "User", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "WorkingDirectory", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/Device",
        properties: &[
            PropertySchema { name: "ContainerPath", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "HostPath", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Permissions", required: false, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/EnvironmentFile",
        properties: &[
            PropertySchema { name: "Type", required: false, kind: Kind::Scalar, target: None, values: &["s3"] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/FirelensConfiguration",
        properties: &[
            PropertySchema { name: "Options", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "Type", required: false, kind: Kind::Scalar, target: None, values: &["fluentbit", "fluentd"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/HealthCheck",
        properties: &[
            PropertySchema { name: "Command", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Interval", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Retries", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "StartPeriod", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Timeout", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/HostVolumeProperties",
        properties: &[
            PropertySchema { name: "SourcePath", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/KernelCapabilities",
        properties: &[
            PropertySchema { name: "Add", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Drop", required: false, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/KeyValuePair",
        properties: &[
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/LinuxParameters",
        properties: &[
            PropertySchema { name: "Capabilities", required: false, kind: Kind::Object, target: Some("AWS::ECS::DaemonTaskDefinition/KernelCapabilities"), values: &[] },
            PropertySchema { name: "Devices", required: false, kind: Kind::List, target: Some("AWS::ECS::DaemonTaskDefinition/Device"), values: &[] },
            PropertySchema { name: "InitProcessEnabled", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "Tmpfs", required: false, kind: Kind::List, target: Some("AWS::ECS::DaemonTaskDefinition/Tmpfs"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/LogConfiguration",
        properties: &[
            PropertySchema { name: "LogDriver", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Options", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "SecretOptions", required: false, kind: Kind::List, target: Some("AWS::ECS::DaemonTaskDefinition/Secret"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/MountPoint",
        properties: &[
            PropertySchema { name: "ContainerPath", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ReadOnly", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "SourceVolume", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/RepositoryCredentials",
        properties: &[
            PropertySchema { name: "CredentialsParameter", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/RestartPolicy",
        properties: &[
            PropertySchema { name: "Enabled", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "IgnoredExitCodes", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "RestartAttemptPeriod", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/Secret",
        properties: &[
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ValueFrom", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/SystemControl",
        properties: &[
            PropertySchema { name: "Namespace", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/Tag",
        properties: &[
            PropertySchema { name: "Key", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/Tmpfs",
        properties: &[
            PropertySchema { name: "ContainerPath", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "MountOptions", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Size", required: true, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/Ulimit",
        properties: &[
            PropertySchema { name: "HardLimit", required: true, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &["core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack"] },
            PropertySchema { name: "SoftLimit", required: true, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::DaemonTaskDefinition/Volume",
        properties: &[
            PropertySchema { name: "Host", required: false, kind: Kind::Object, target: Some("AWS::ECS::DaemonTaskDefinition/HostVolumeProperties"), values: &[] },
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService",
        properties: &[
            PropertySchema { name: "Cluster", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Cpu", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ExecutionRoleArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "HealthCheckPath", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "InfrastructureRoleArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Memory", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "NetworkConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::ExpressGatewayService/ExpressGatewayServiceNetworkConfiguration"), values: &[] },
            PropertySchema { name: "PrimaryContainer", required: true, kind: Kind::Object, target: Some("AWS::ECS::ExpressGatewayService/ExpressGatewayContainer"), values: &[] },
            PropertySchema { name: "ScalingTarget", required: false, kind: Kind::Object, target: Some("AWS::ECS::ExpressGatewayService/ExpressGatewayScalingTarget"), values: &[] },
            PropertySchema { name: "ServiceName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::ECS::ExpressGatewayService/Tag"), values: &[] },
            PropertySchema { name: "TaskRoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/AutoScalingArns",
        properties: &[
            PropertySchema { name: "ApplicationAutoScalingPolicies", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "ScalableTarget", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/ECSManagedResourceArns",
        properties: &[
            PropertySchema { name: "AutoScaling", required: false, kind: Kind::Object, target: Some("AWS::ECS::ExpressGatewayService/AutoScalingArns"), values: &[] },
            PropertySchema { name: "IngressPath", required: false, kind: Kind::Object, target: Some("AWS::ECS::ExpressGatewayService/IngressPathArns"), values: &[] },
            PropertySchema { name: "LogGroups", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "MetricAlarms", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "ServiceSecurityGroups", required: false, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/ExpressGatewayContainer",
        properties: &[
            PropertySchema { name: "AwsLogsConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::ExpressGatewayService/ExpressGatewayServiceAwsLogsConfiguration"), values: &[] },
            PropertySchema { name: "Command", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "ContainerPort", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Environment", required: false, kind: Kind::List, target: Some("AWS::ECS::ExpressGatewayService/KeyValuePair"), values: &[] },
            PropertySchema { name: "Image", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RepositoryCredentials", required: false, kind: Kind::Object, target: Some("AWS::ECS::ExpressGatewayService/ExpressGatewayRepositoryCredentials"), values: &[] },
            PropertySchema { name: "Secrets", required: false, kind: Kind::List, target: Some("AWS::ECS::ExpressGatewayService/Secret"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/ExpressGatewayRepositoryCredentials",
        properties: &[
            PropertySchema { name: "CredentialsParameter", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/ExpressGatewayScalingTarget",
        properties: &[
            PropertySchema { name: "AutoScalingMetric", required: false, kind: Kind::Object, target: Some("AWS::ECS::ExpressGatewayService/ExpressGatewayServiceScalingMetric"), values: &[] },
            PropertySchema { name: "AutoScalingTargetValue", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MaxTaskCount", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MinTaskCount", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/ExpressGatewayServiceAwsLogsConfiguration",
        properties: &[
            PropertySchema { name: "LogGroup", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "LogStreamPrefix", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/ExpressGatewayServiceConfiguration",
        properties: &[
            PropertySchema { name: "Cpu", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "CreatedAt", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ExecutionRoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "HealthCheckPath", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "IngressPaths", required: false, kind: Kind::List, target: Some("AWS::ECS::ExpressGatewayService/IngressPathSummary"), values: &[] },
            PropertySchema { name: "Memory", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "NetworkConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::ExpressGatewayService/ExpressGatewayServiceNetworkConfiguration"), values: &[] },
            PropertySchema { name: "PrimaryContainer", required: false, kind: Kind::Object, target: Some("AWS::ECS::ExpressGatewayService/ExpressGatewayContainer"), values: &[] },
            PropertySchema { name: "ScalingTarget", required: false, kind: Kind::Object, target: Some("AWS::ECS::ExpressGatewayService/ExpressGatewayScalingTarget"), values: &[] },
            PropertySchema { name: "ServiceRevisionArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TaskRoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/ExpressGatewayServiceNetworkConfiguration",
        properties: &[
            PropertySchema { name: "SecurityGroups", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Subnets", required: false, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/ExpressGatewayServiceStatus",
        properties: &[
            PropertySchema { name: "StatusCode", required: false, kind: Kind::Object, target: Some("AWS::ECS::ExpressGatewayService/ExpressGatewayServiceStatusCode"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/IngressPathArns",
        properties: &[
            PropertySchema { name: "CertificateArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ListenerArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ListenerRuleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "LoadBalancerArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "LoadBalancerSecurityGroups", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "TargetGroupArns", required: false, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/IngressPathSummary",
        properties: &[
            PropertySchema { name: "AccessType", required: false, kind: Kind::Object, target: Some("AWS::ECS::ExpressGatewayService/AccessType"), values: &[] },
            PropertySchema { name: "Endpoint", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/KeyValuePair",
        properties: &[
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/Secret",
        properties: &[
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ValueFrom", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::ExpressGatewayService/Tag",
        properties: &[
            PropertySchema { name: "Key", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::PrimaryTaskSet",
        properties: &[
            PropertySchema { name: "Cluster", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Service", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TaskSetId", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service",
        properties: &[
            PropertySchema { name: "AvailabilityZoneRebalancing", required: false, kind: Kind::Scalar, target: None, values: &["ENABLED", "DISABLED"] },
            PropertySchema { name: "CapacityProviderStrategy", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/CapacityProviderStrategyItem"), values: &[] },
            PropertySchema { name: "Cluster", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DeploymentConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/DeploymentConfiguration"), values: &[] },
            PropertySchema { name: "DeploymentController", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/DeploymentController"), values: &[] },
            PropertySchema { name: "DesiredCount", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "EnableECSManagedTags", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "EnableExecuteCommand", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "ForceNewDeployment", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/ForceNewDeployment"), values: &[] },
            PropertySchema { name: "HealthCheckGracePeriodSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "LaunchType", required: false, kind: Kind::Scalar, target: None, values: &["EC2", "FARGATE", "EXTERNAL"] },
            PropertySchema { name: "LoadBalancers", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/LoadBalancer"), values: &[] },
            PropertySchema { name: "NetworkConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/NetworkConfiguration"), values: &[] },
            PropertySchema { name: "PlacementConstraints", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/PlacementConstraint"), values: &[] },
            PropertySchema { name: "PlacementStrategies", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/PlacementStrategy"), values: &[] },
            PropertySchema { name: "PlatformVersion", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "PropagateTags", required: false, kind: Kind::Scalar, target: None, values: &["SERVICE", "TASK_DEFINITION"] },
            PropertySchema { name: "Role", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "SchedulingStrategy", required: false, kind: Kind::Scalar, target: None, values: &["DAEMON", "REPLICA"] },
            PropertySchema { name: "ServiceConnectConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/ServiceConnectConfiguration"), values: &[] },
            PropertySchema { name: "ServiceName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ServiceRegistries", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/ServiceRegistry"), values: &[] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/Tag"), values: &[] },
            PropertySchema { name: "TaskDefinition", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "VolumeConfigurations", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/ServiceVolumeConfiguration"), values: &[] },
            PropertySchema { name: "VpcLatticeConfigurations", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/VpcLatticeConfiguration"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/AdvancedConfiguration",
        properties: &[
            PropertySchema { name: "AlternateTargetGroupArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ProductionListenerRule", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TestListenerRule", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/AwsVpcConfiguration",
        properties: &[
            PropertySchema { name: "AssignPublicIp", required: false, kind: Kind::Scalar, target: None, values: &["DISABLED", "ENABLED"] },
            PropertySchema { name: "SecurityGroups", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Subnets", required: false, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/CanaryConfiguration",
        properties: &[
            PropertySchema { name: "CanaryBakeTimeInMinutes", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "CanaryPercent", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/CapacityProviderStrategyItem",
        properties: &[
            PropertySchema { name: "Base", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "CapacityProvider", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Weight", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/DeploymentAlarms",
        properties: &[
            PropertySchema { name: "AlarmNames", required: true, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Enable", required: true, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "Rollback", required: true, kind: Kind::Boolean, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/DeploymentCircuitBreaker",
        properties: &[
            PropertySchema { name: "Enable", required: true, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "Rollback", required: true, kind: Kind::Boolean, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/DeploymentConfiguration",
        properties: &[
            PropertySchema { name: "Alarms", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/DeploymentAlarms"), values: &[] },
            PropertySchema { name: "BakeTimeInMinutes", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "CanaryConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/CanaryConfiguration"), values: &[] },
            PropertySchema { name: "DeploymentCircuitBreaker", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/DeploymentCircuitBreaker"), values: &[] },
            PropertySchema { name: "LifecycleHooks", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/DeploymentLifecycleHook"), values: &[] },
            PropertySchema { name: "LinearConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/LinearConfiguration"), values: &[] },
            PropertySchema { name: "MaximumPercent", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MinimumHealthyPercent", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Strategy", required: false, kind: Kind::Scalar, target: None, values: &["ROLLING", "BLUE_GREEN", "LINEAR", "CANARY"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/DeploymentController",
        properties: &[
            PropertySchema { name: "Type", required: false, kind: Kind::Scalar, target: None, values: &["CODE_DEPLOY", "ECS", "EXTERNAL"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/DeploymentLifecycleHook",
        properties: &[
            PropertySchema { name: "HookDetails", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "HookTargetArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "LifecycleStages", required: true, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "RoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TargetType", required: false, kind: Kind::Scalar, target: None, values: &["AWS_LAMBDA", "PAUSE"] },
            PropertySchema { name: "TimeoutConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/HookTimeoutConfig"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/EBSTagSpecification",
        properties: &[
            PropertySchema { name: "PropagateTags", required: false, kind: Kind::Scalar, target: None, values: &["SERVICE", "TASK_DEFINITION"] },
            PropertySchema { name: "ResourceType", required: true, kind: Kind::Scalar, target: None, values: &["volume"] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/Tag"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/ForceNewDeployment",
        properties: &[
            PropertySchema { name: "EnableForceNewDeployment", required: true, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "ForceNewDeploymentNonce", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/HookTimeoutConfig",
        properties: &[
            PropertySchema { name: "Action", required: false, kind: Kind::Scalar, target: None, values: &["ROLLBACK", "CONTINUE"] },
            PropertySchema { name: "TimeoutInMinutes", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/LinearConfiguration",
        properties: &[
            PropertySchema { name: "StepBakeTimeInMinutes", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "StepPercent", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/LoadBalancer",
        properties: &[
            PropertySchema { name: "AdvancedConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/AdvancedConfiguration"), values: &[] },
            PropertySchema { name: "ContainerName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ContainerPort", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "LoadBalancerName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TargetGroupArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/LogConfiguration",
        properties: &[
            PropertySchema { name: "LogDriver", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Options", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "SecretOptions", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/Secret"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/NetworkConfiguration",
        properties: &[
            PropertySchema { name: "AwsvpcConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/AwsVpcConfiguration"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/PlacementConstraint",
        properties: &[
            PropertySchema { name: "Expression", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Type", required: true, kind: Kind::Scalar, target: None, values: &["distinctInstance", "memberOf"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/PlacementStrategy",
        properties: &[
            PropertySchema { name: "Field", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Type", required: true, kind: Kind::Scalar, target: None, values: &["binpack", "random", "spread"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/Secret",
        properties: &[
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ValueFrom", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/ServiceConnectAccessLogConfiguration",
        properties: &[
            PropertySchema { name: "Format", required: true, kind: Kind::Scalar, target: None, values: &["TEXT", "JSON"] },
            PropertySchema { name: "IncludeQueryParameters", required: false, kind: Kind::Scalar, target: None, values: &["DISABLED", "ENABLED"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/ServiceConnectClientAlias",
        properties: &[
            PropertySchema { name: "DnsName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Port", required: true, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "TestTrafficRules", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/ServiceConnectTestTrafficRules"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/ServiceConnectConfiguration",
        properties: &[
            PropertySchema { name: "AccessLogConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/ServiceConnectAccessLogConfiguration"), values: &[] },
            PropertySchema { name: "Enabled", required: true, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "LogConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/LogConfiguration"), values: &[] },
            PropertySchema { name: "Namespace", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Services", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/ServiceConnectService"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/ServiceConnectService",
        properties: &[
            PropertySchema { name: "ClientAliases", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/ServiceConnectClientAlias"), values: &[] },
            PropertySchema { name: "DiscoveryName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "IngressPortOverride", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "PortName", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Timeout", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/TimeoutConfiguration"), values: &[] },
            PropertySchema { name: "Tls", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/ServiceConnectTlsConfiguration"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/ServiceConnectTestTrafficRules",
        properties: &[
            PropertySchema { name: "Header", required: true, kind: Kind::Object, target: Some("AWS::ECS::Service/ServiceConnectTestTrafficRulesHeader"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/ServiceConnectTestTrafficRulesHeader",
        properties: &[
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/ServiceConnectTestTrafficRulesHeaderValue"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/ServiceConnectTestTrafficRulesHeaderValue",
        properties: &[
            PropertySchema { name: "Exact", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/ServiceConnectTlsCertificateAuthority",
        properties: &[
            PropertySchema { name: "AwsPcaAuthorityArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/ServiceConnectTlsConfiguration",
        properties: &[
            PropertySchema { name: "IssuerCertificateAuthority", required: true, kind: Kind::Object, target: Some("AWS::ECS::Service/ServiceConnectTlsCertificateAuthority"), values: &[] },
            PropertySchema { name: "KmsKey", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/ServiceManagedEBSVolumeConfiguration",
        properties: &[
            PropertySchema { name: "Encrypted", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "FilesystemType", required: false, kind: Kind::Scalar, target: None, values: &["ext3", "ext4", "ntfs", "xfs"] },
            PropertySchema { name: "Iops", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "KmsKeyId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RoleArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "SizeInGiB", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "SnapshotId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TagSpecifications", required: false, kind: Kind::List, target: Some("AWS::ECS::Service/EBSTagSpecification"), values: &[] },
            PropertySchema { name: "Throughput", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "VolumeInitializationRate", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "VolumeType", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/ServiceRegistry",
        properties: &[
            PropertySchema { name: "ContainerName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ContainerPort", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Port", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "RegistryArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/ServiceVolumeConfiguration",
        properties: &[
            PropertySchema { name: "ManagedEBSVolume", required: false, kind: Kind::Object, target: Some("AWS::ECS::Service/ServiceManagedEBSVolumeConfiguration"), values: &[] },
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/Tag",
        properties: &[
            PropertySchema { name: "Key", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/TimeoutConfiguration",
        properties: &[
            PropertySchema { name: "IdleTimeoutSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "PerRequestTimeoutSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::Service/VpcLatticeConfiguration",
        properties: &[
            PropertySchema { name: "PortName", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RoleArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TargetGroupArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition",
        properties: &[
            PropertySchema { name: "ContainerDefinitions", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/ContainerDefinition"), values: &[] },
            PropertySchema { name: "Cpu", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "EnableFaultInjection", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "EphemeralStorage", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/EphemeralStorage"), values: &[] },
            PropertySchema { name: "ExecutionRoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Family", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "InferenceAccelerators", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/InferenceAccelerator"), values: &[] },
            PropertySchema { name: "IpcMode", required: false, kind: Kind::Scalar, target: None, values: &["host", "none", "task"] },
            PropertySchema { name: "Memory", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "NetworkMode", required: false, kind: Kind::Scalar, target: None, values: &["awsvpc", "bridge", "host", "none"] },
            PropertySchema { name: "PidMode", required: false, kind: Kind::Scalar, target: None, values: &["host", "task"] },
            PropertySchema { name: "PlacementConstraints", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/TaskDefinitionPlacementConstraint"), values: &[] },
            PropertySchema { name: "ProxyConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/ProxyConfiguration"), values: &[] },
            PropertySchema { name: "RequiresCompatibilities", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "RuntimePlatform", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/RuntimePlatform"), values: &[] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/Tag"), values: &[] },
            PropertySchema { name: "TaskRoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Volumes", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/Volume"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/AuthorizationConfig",
        properties: &[
            PropertySchema { name: "AccessPointId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "IAM", required: false, kind: Kind::Scalar, target: None, values: &["ENABLED", "DISABLED"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/ContainerDefinition",
        properties: &[
            PropertySchema { name: "Command", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Cpu", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "CredentialSpecs", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "DependsOn", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/ContainerDependency"), values: &[] },
            PropertySchema { name: "DisableNetworking", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "DnsSearchDomains", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "DnsServers", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "DockerLabels", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "DockerSecurityOptions", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "EntryPoint", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Environment", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/KeyValuePair"), values: &[] },
            PropertySchema { name: "EnvironmentFiles", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/EnvironmentFile"), values: &[] },
            PropertySchema { name: "Essential", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "ExtraHosts", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/HostEntry"), values: &[] },
            PropertySchema { name: "FirelensConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/FirelensConfiguration"), values: &[] },
            PropertySchema { name: "HealthCheck", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/HealthCheck"), values: &[] },
            PropertySchema { name: "Hostname", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Image", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Interactive", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "Links", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "LinuxParameters", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/LinuxParameters"), values: &[] },
            PropertySchema { name: "LogConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/LogConfiguration"), values: &[] },
            PropertySchema { name: "Memory", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MemoryReservation", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MountPoints", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/MountPoint"), values: &[] },
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "PortMappings", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/PortMapping"), values: &[] },
            PropertySchema { name: "Privileged", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "PseudoTerminal", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "ReadonlyRootFilesystem", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "RepositoryCredentials", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/RepositoryCredentials"), values: &[] },
            PropertySchema { name: "ResourceRequirements", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/ResourceRequirement"), values: &[] },
            PropertySchema { name: "RestartPolicy", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/RestartPolicy"), values: &[] },
            PropertySchema { name: "Secrets", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/Secret"), values: &[] },
            PropertySchema { name: "StartTimeout", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "StopTimeout", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "SystemControls", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/SystemControl"), values: &[] },
            PropertySchema { name: "Ulimits", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/Ulimit"), values: &[] },
            PropertySchema { name: "User", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "VersionConsistency", required: false, kind: Kind::Scalar, target: None, values: &["enabled", "disabled"] },
            PropertySchema { name: "VolumesFrom", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/VolumeFrom"), values: &[] },
            PropertySchema { name: "WorkingDirectory", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/ContainerDependency",
        properties: &[
            PropertySchema { name: "Condition", required: false, kind: Kind::Scalar, target: None, values: &["COMPLETE", "HEALTHY", "START", "SUCCESS"] },
            PropertySchema { name: "ContainerName", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/Device",
        properties: &[
            PropertySchema { name: "ContainerPath", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "HostPath", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Permissions", required: false, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/DockerVolumeConfiguration",
        properties: &[
            PropertySchema { name: "Autoprovision", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "Driver", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DriverOpts", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "Labels", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "Scope", required: false, kind: Kind::Scalar, target: None, values: &["shared", "task"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/EFSVolumeConfiguration",
        properties: &[
            PropertySchema { name: "AuthorizationConfig", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/AuthorizationConfig"), values: &[] },
            PropertySchema { name: "FilesystemId", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RootDirectory", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TransitEncryption", required: false, kind: Kind::Scalar, target: None, values: &["ENABLED", "DISABLED"] },
            PropertySchema { name: "TransitEncryptionPort", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/EnvironmentFile",
        properties: &[
            PropertySchema { name: "Type", required: false, kind: Kind::Scalar, target: None, values: &["s3"] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/EphemeralStorage",
        properties: &[
            PropertySchema { name: "SizeInGiB", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/FSxAuthorizationConfig",
        properties: &[
            PropertySchema { name: "CredentialsParameter", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Domain", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/FSxWindowsFileServerVolumeConfiguration",
        properties: &[
            PropertySchema { name: "AuthorizationConfig", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/FSxAuthorizationConfig"), values: &[] },
            PropertySchema { name: "FileSystemId", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RootDirectory", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/FirelensConfiguration",
        properties: &[
            PropertySchema { name: "Options", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "Type", required: false, kind: Kind::Scalar, target: None, values: &["fluentbit", "fluentd"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/HealthCheck",
        properties: &[
            PropertySchema { name: "Command", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Interval", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Retries", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "StartPeriod", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Timeout", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/HostEntry",
        properties: &[
            PropertySchema { name: "Hostname", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "IpAddress", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/HostVolumeProperties",
        properties: &[
            PropertySchema { name: "SourcePath", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/InferenceAccelerator",
        properties: &[
            PropertySchema { name: "DeviceName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DeviceType", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/KernelCapabilities",
        properties: &[
            PropertySchema { name: "Add", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Drop", required: false, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/KeyValuePair",
        properties: &[
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/LinuxParameters",
        properties: &[
            PropertySchema { name: "Capabilities", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/KernelCapabilities"), values: &[] },
            PropertySchema { name: "Devices", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/Device"), values: &[] },
            PropertySchema { name: "InitProcessEnabled", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "MaxSwap", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "SharedMemorySize", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Swappiness", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Tmpfs", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/Tmpfs"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/LogConfiguration",
        properties: &[
            PropertySchema { name: "LogDriver", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Options", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "SecretOptions", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/Secret"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/MountPoint",
        properties: &[
            PropertySchema { name: "ContainerPath", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ReadOnly", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "SourceVolume", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/PortMapping",
        properties: &[
            PropertySchema { name: "AppProtocol", required: false, kind: Kind::Scalar, target: None, values: &["http", "http2", "grpc"] },
            PropertySchema { name: "ContainerPort", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "ContainerPortRange", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "HostPort", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Protocol", required: false, kind: Kind::Scalar, target: None, values: &["tcp", "udp"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/ProxyConfiguration",
        properties: &[
            PropertySchema { name: "ContainerName", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ProxyConfigurationProperties", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskDefinition/KeyValuePair"), values: &[] },
            PropertySchema { name: "Type", required: false, kind: Kind::Scalar, target: None, values: &["APPMESH"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/RepositoryCredentials",
        properties: &[
            PropertySchema { name: "CredentialsParameter", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/ResourceRequirement",
        properties: &[
            PropertySchema { name: "Type", required: true, kind: Kind::Scalar, target: None, values: &["GPU", "InferenceAccelerator", "NeuronDevice"] },
            PropertySchema { name: "Value", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/RestartPolicy",
        properties: &[
            PropertySchema { name: "Enabled", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "IgnoredExitCodes", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "RestartAttemptPeriod", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/RuntimePlatform",
        properties: &[
            PropertySchema { name: "CpuArchitecture", required: false, kind: Kind::Scalar, target: None, values: &["ARM64", "X86_64"] },
            PropertySchema { name: "OperatingSystemFamily", required: false, kind: Kind::Scalar, target: None, values: &["LINUX", "WINDOWS_SERVER_2004_CORE", "WINDOWS_SERVER_2016_FULL", "WINDOWS_SERVER_2019_CORE", "WINDOWS_SERVER_2019_FULL", "WINDOWS_SERVER_2022_CORE", "WINDOWS_SERVER_2022_FULL", "WINDOWS_SERVER_2025_CORE", "WINDOWS_SERVER_2025_FULL", "WINDOWS_SERVER_20H2_CORE"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/S3FilesVolumeConfiguration",
        properties: &[
            PropertySchema { name: "AccessPointArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "FileSystemArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RootDirectory", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TransitEncryptionPort", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/Secret",
        properties: &[
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ValueFrom", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/SystemControl",
        properties: &[
            PropertySchema { name: "Namespace", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/Tag",
        properties: &[
            PropertySchema { name: "Key", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/TaskDefinitionPlacementConstraint",
        properties: &[
            PropertySchema { name: "Expression", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Type", required: true, kind: Kind::Scalar, target: None, values: &["memberOf"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/Tmpfs",
        properties: &[
            PropertySchema { name: "ContainerPath", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "MountOptions", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Size", required: true, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/Ulimit",
        properties: &[
            PropertySchema { name: "HardLimit", required: true, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &["core", "cpu", "data", "fsize", "locks", "memlock", "msgqueue", "nice", "nofile", "nproc", "rss", "rtprio", "rttime", "sigpending", "stack"] },
            PropertySchema { name: "SoftLimit", required: true, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/Volume",
        properties: &[
            PropertySchema { name: "ConfiguredAtLaunch", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "DockerVolumeConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/DockerVolumeConfiguration"), values: &[] },
            PropertySchema { name: "EFSVolumeConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/EFSVolumeConfiguration"), values: &[] },
            PropertySchema { name: "FSxWindowsFileServerVolumeConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/FSxWindowsFileServerVolumeConfiguration"), values: &[] },
            PropertySchema { name: "Host", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/HostVolumeProperties"), values: &[] },
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "S3FilesVolumeConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskDefinition/S3FilesVolumeConfiguration"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskDefinition/VolumeFrom",
        properties: &[
            PropertySchema { name: "ReadOnly", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "SourceContainer", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskSet",
        properties: &[
            PropertySchema { name: "CapacityProviderStrategy", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskSet/CapacityProviderStrategyItem"), values: &[] },
            PropertySchema { name: "Cluster", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ExternalId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "LaunchType", required: false, kind: Kind::Scalar, target: None, values: &["EC2", "FARGATE"] },
            PropertySchema { name: "LoadBalancers", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskSet/LoadBalancer"), values: &[] },
            PropertySchema { name: "NetworkConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskSet/NetworkConfiguration"), values: &[] },
            PropertySchema { name: "PlatformVersion", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Scale", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskSet/Scale"), values: &[] },
            PropertySchema { name: "Service", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ServiceRegistries", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskSet/ServiceRegistry"), values: &[] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::ECS::TaskSet/Tag"), values: &[] },
            PropertySchema { name: "TaskDefinition", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskSet/AwsVpcConfiguration",
        properties: &[
            PropertySchema { name: "AssignPublicIp", required: false, kind: Kind::Scalar, target: None, values: &["DISABLED", "ENABLED"] },
            PropertySchema { name: "SecurityGroups", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Subnets", required: true, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskSet/CapacityProviderStrategyItem",
        properties: &[
            PropertySchema { name: "Base", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "CapacityProvider", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Weight", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskSet/LoadBalancer",
        properties: &[
            PropertySchema { name: "ContainerName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ContainerPort", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "TargetGroupArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskSet/NetworkConfiguration",
        properties: &[
            PropertySchema { name: "AwsVpcConfiguration", required: false, kind: Kind::Object, target: Some("AWS::ECS::TaskSet/AwsVpcConfiguration"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskSet/Scale",
        properties: &[
            PropertySchema { name: "Unit", required: false, kind: Kind::Scalar, target: None, values: &["PERCENT"] },
            PropertySchema { name: "Value", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskSet/ServiceRegistry",
        properties: &[
            PropertySchema { name: "ContainerName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ContainerPort", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Port", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "RegistryArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ECS::TaskSet/Tag",
        properties: &[
            PropertySchema { name: "Key", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener",
        properties: &[
            PropertySchema { name: "AlpnPolicy", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Certificates", required: false, kind: Kind::List, target: Some("AWS::ElasticLoadBalancingV2::Listener/Certificate"), values: &[] },
            PropertySchema { name: "DefaultActions", required: true, kind: Kind::List, target: Some("AWS::ElasticLoadBalancingV2::Listener/Action"), values: &[] },
            PropertySchema { name: "ListenerAttributes", required: false, kind: Kind::List, target: Some("AWS::ElasticLoadBalancingV2::Listener/ListenerAttribute"), values: &[] },
            PropertySchema { name: "LoadBalancerArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "MutualAuthentication", required: false, kind: Kind::Object, target: Some("AWS::ElasticLoadBalancingV2::Listener/MutualAuthentication"), values: &[] },
            PropertySchema { name: "Port", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Protocol", required: false, kind: Kind::Scalar, target: None, values: &["GENEVE", "HTTP", "HTTPS", "QUIC", "TCP", "TCP_QUIC", "TCP_UDP", "TLS", "UDP"] },
            PropertySchema { name: "SslPolicy", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener/Action",
        properties: &[
            PropertySchema { name: "AuthenticateCognitoConfig", required: false, kind: Kind::Object, target: Some("AWS::ElasticLoadBalancingV2::Listener/AuthenticateCognitoConfig"), values: &[] },
            PropertySchema { name: "AuthenticateOidcConfig", required: false, kind: Kind::Object, target: Some("AWS::ElasticLoadBalancingV2::Listener/AuthenticateOidcConfig"), values: &[] },
            PropertySchema { name: "FixedResponseConfig", required: false, kind: Kind::Object, target: Some("AWS::ElasticLoadBalancingV2::Listener/FixedResponseConfig"), values: &[] },
            PropertySchema { name: "ForwardConfig", required: false, kind: Kind::Object, target: Some("AWS::ElasticLoadBalancingV2::Listener/ForwardConfig"), values: &[] },
            PropertySchema { name: "JwtValidationConfig", required: false, kind: Kind::Object, target: Some("AWS::ElasticLoadBalancingV2::Listener/JwtValidationConfig"), values: &[] },
            PropertySchema { name: "Order", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "RedirectConfig", required: false, kind: Kind::Object, target: Some("AWS::ElasticLoadBalancingV2::Listener/RedirectConfig"), values: &[] },
            PropertySchema { name: "TargetGroupArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Type", required: true, kind: Kind::Scalar, target: None, values: &["authenticate-cognito", "authenticate-oidc", "fixed-response", "forward", "jwt-validation", "redirect"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener/AuthenticateCognitoConfig",
        properties: &[
            PropertySchema { name: "AuthenticationRequestExtraParams", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "OnUnauthenticatedRequest", required: false, kind: Kind::Scalar, target: None, values: &["allow", "authenticate", "deny"] },
            PropertySchema { name: "Scope", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "SessionCookieName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "SessionTimeout", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "UserPoolArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "UserPoolClientId", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "UserPoolDomain", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener/AuthenticateOidcConfig",
        properties: &[
            PropertySchema { name: "AuthenticationRequestExtraParams", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "AuthorizationEndpoint", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ClientId", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ClientSecret", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Issuer", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "OnUnauthenticatedRequest", required: false, kind: Kind::Scalar, target: None, values: &["allow", "authenticate", "deny"] },
            PropertySchema { name: "Scope", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "SessionCookieName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "SessionTimeout", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TokenEndpoint", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "UseExistingClientSecret", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "UserInfoEndpoint", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener/Certificate",
        properties: &[
            PropertySchema { name: "CertificateArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener/FixedResponseConfig",
        properties: &[
            PropertySchema { name: "ContentType", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "MessageBody", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "StatusCode", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener/ForwardConfig",
        properties: &[
            PropertySchema { name: "TargetGroupStickinessConfig", required: false, kind: Kind::Object, target: Some("AWS::ElasticLoadBalancingV2::Listener/TargetGroupStickinessConfig"), values: &[] },
            PropertySchema { name: "TargetGroups", required: false, kind: Kind::List, target: Some("AWS::ElasticLoadBalancingV2::Listener/TargetGroupTuple"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener/JwtValidationActionAdditionalClaim",
        properties: &[
            PropertySchema { name: "Format", required: true, kind: Kind::Scalar, target: None, values: &["single-string", "space-separated-values", "string-array"] },
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Values", required: true, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener/JwtValidationConfig",
        properties: &[
            PropertySchema { name: "AdditionalClaims", required: false, kind: Kind::List, target: Some("AWS::ElasticLoadBalancingV2::Listener/JwtValidationActionAdditionalClaim"), values: &[] },
            PropertySchema { name: "Issuer", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "JwksEndpoint", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener/ListenerAttribute",
        properties: &[
            PropertySchema { name: "Key", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener/MutualAuthentication",
        properties: &[
            PropertySchema { name: "AdvertiseTrustStoreCaNames", required: false, kind: Kind::Scalar, target: None, values: &["off", "on"] },
            PropertySchema { name: "IgnoreClientCertificateExpiry", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "Mode", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TrustStoreArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener/RedirectConfig",
        properties: &[
            PropertySchema { name: "Host", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Path", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Port", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Protocol", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Query", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "StatusCode", required: true, kind: Kind::Scalar, target: None, values: &["HTTP_301", "HTTP_302"] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener/TargetGroupStickinessConfig",
        properties: &[
            PropertySchema { name: "DurationSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Enabled", required: false, kind: Kind::Boolean, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::Listener/TargetGroupTuple",
        properties: &[
            PropertySchema { name: "TargetGroupArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Weight", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::TargetGroup",
        properties: &[
            PropertySchema { name: "HealthCheckEnabled", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "HealthCheckIntervalSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "HealthCheckPath", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "HealthCheckPort", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "HealthCheckProtocol", required: false, kind: Kind::Scalar, target: None, values: &["GENEVE", "HTTP", "HTTPS", "QUIC", "TCP", "TCP_QUIC", "TCP_UDP", "TLS", "UDP"] },
            PropertySchema { name: "HealthCheckTimeoutSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "HealthyThresholdCount", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "IpAddressType", required: false, kind: Kind::Scalar, target: None, values: &["ipv4", "ipv6"] },
            PropertySchema { name: "Matcher", required: false, kind: Kind::Object, target: Some("AWS::ElasticLoadBalancingV2::TargetGroup/Matcher"), values: &[] },
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Port", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Protocol", required: false, kind: Kind::Scalar, target: None, values: &["GENEVE", "HTTP", "HTTPS", "QUIC", "TCP", "TCP_QUIC", "TCP_UDP", "TLS", "UDP"] },
            PropertySchema { name: "ProtocolVersion", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::ElasticLoadBalancingV2::TargetGroup/Tag"), values: &[] },
            PropertySchema { name: "TargetControlPort", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "TargetGroupAttributes", required: false, kind: Kind::List, target: Some("AWS::ElasticLoadBalancingV2::TargetGroup/TargetGroupAttribute"), values: &[] },
            PropertySchema { name: "TargetType", required: false, kind: Kind::Scalar, target: None, values: &["alb", "instance", "ip", "lambda"] },
            PropertySchema { name: "Targets", required: false, kind: Kind::List, target: Some("AWS::ElasticLoadBalancingV2::TargetGroup/TargetDescription"), values: &[] },
            PropertySchema { name: "UnhealthyThresholdCount", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "VpcId", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::TargetGroup/Matcher",
        properties: &[
            PropertySchema { name: "GrpcCode", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "HttpCode", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::TargetGroup/Tag",
        properties: &[
            PropertySchema { name: "Key", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::TargetGroup/TargetDescription",
        properties: &[
            PropertySchema { name: "AvailabilityZone", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Id", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Port", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "QuicServerId", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ElasticLoadBalancingV2::TargetGroup/TargetGroupAttribute",
        properties: &[
            PropertySchema { name: "Key", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule",
        properties: &[
            PropertySchema { name: "Description", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "EventBusName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "EventPattern", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ScheduleExpression", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "State", required: false, kind: Kind::Scalar, target: None, values: &["DISABLED", "ENABLED", "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS"] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::Events::Rule/Tag"), values: &[] },
            PropertySchema { name: "Targets", required: false, kind: Kind::List, target: Some("AWS::Events::Rule/Target"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/AppSyncParameters",
        properties: &[
            PropertySchema { name: "GraphQLOperation", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/AwsVpcConfiguration",
        properties: &[
            PropertySchema { name: "AssignPublicIp", required: false, kind: Kind::Scalar, target: None, values: &["DISABLED", "ENABLED"] },
            PropertySchema { name: "SecurityGroups", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Subnets", required: true, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/BatchArrayProperties",
        properties: &[
            PropertySchema { name: "Size", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/BatchParameters",
        properties: &[
            PropertySchema { name: "ArrayProperties", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/BatchArrayProperties"), values: &[] },
            PropertySchema { name: "JobDefinition", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "JobName", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RetryStrategy", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/BatchRetryStrategy"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/BatchRetryStrategy",
        properties: &[
            PropertySchema { name: "Attempts", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/CapacityProviderStrategyItem",
        properties: &[
            PropertySchema { name: "Base", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "CapacityProvider", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Weight", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/DeadLetterConfig",
        properties: &[
            PropertySchema { name: "Arn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/EcsParameters",
        properties: &[
            PropertySchema { name: "CapacityProviderStrategy", required: false, kind: Kind::List, target: Some("AWS::Events::Rule/CapacityProviderStrategyItem"), values: &[] },
            PropertySchema { name: "EnableECSManagedTags", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "EnableExecuteCommand", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "Group", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "LaunchType", required: false, kind: Kind::Scalar, target: None, values: &["EC2", "EXTERNAL", "FARGATE"] },
            PropertySchema { name: "NetworkConfiguration", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/NetworkConfiguration"), values: &[] },
            PropertySchema { name: "PlacementConstraints", required: false, kind: Kind::List, target: Some("AWS::Events::Rule/PlacementConstraint"), values: &[] },
            PropertySchema { name: "PlacementStrategies", required: false, kind: Kind::List, target: Some("AWS::Events::Rule/PlacementStrategy"), values: &[] },
            PropertySchema { name: "PlatformVersion", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "PropagateTags", required: false, kind: Kind::Scalar, target: None, values: &["TASK_DEFINITION"] },
            PropertySchema { name: "ReferenceId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TagList", required: false, kind: Kind::List, target: Some("AWS::Events::Rule/Tag"), values: &[] },
            PropertySchema { name: "TaskCount", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "TaskDefinitionArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/HttpParameters",
        properties: &[
            PropertySchema { name: "HeaderParameters", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "PathParameterValues", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "QueryStringParameters", required: false, kind: Kind::Object, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/InputTransformer",
        properties: &[
            PropertySchema { name: "InputPathsMap", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "InputTemplate", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/KinesisParameters",
        properties: &[
            PropertySchema { name: "PartitionKeyPath", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/NetworkConfiguration",
        properties: &[
            PropertySchema { name: "AwsVpcConfiguration", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/AwsVpcConfiguration"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/PlacementConstraint",
        properties: &[
            PropertySchema { name: "Expression", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Type", required: false, kind: Kind::Scalar, target: None, values: &["distinctInstance", "memberOf"] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/PlacementStrategy",
        properties: &[
            PropertySchema { name: "Field", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Type", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/RedshiftDataParameters",
        properties: &[
            PropertySchema { name: "Database", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DbUser", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "SecretManagerArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Sql", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Sqls", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "StatementName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "WithEvent", required: false, kind: Kind::Boolean, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/RetryPolicy",
        properties: &[
            PropertySchema { name: "MaximumEventAgeInSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MaximumRetryAttempts", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/RunCommandParameters",
        properties: &[
            PropertySchema { name: "RunCommandTargets", required: true, kind: Kind::List, target: Some("AWS::Events::Rule/RunCommandTarget"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/RunCommandTarget",
        properties: &[
            PropertySchema { name: "Key", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Values", required: true, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/SageMakerPipelineParameter",
        properties: &[
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/SageMakerPipelineParameters",
        properties: &[
            PropertySchema { name: "PipelineParameterList", required: false, kind: Kind::List, target: Some("AWS::Events::Rule/SageMakerPipelineParameter"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/SqsParameters",
        properties: &[
            PropertySchema { name: "MessageGroupId", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/Tag",
        properties: &[
            PropertySchema { name: "Key", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Events::Rule/Target",
        properties: &[
            PropertySchema { name: "AppSyncParameters", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/AppSyncParameters"), values: &[] },
            PropertySchema { name: "Arn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "BatchParameters", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/BatchParameters"), values: &[] },
            PropertySchema { name: "DeadLetterConfig", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/DeadLetterConfig"), values: &[] },
            PropertySchema { name: "EcsParameters", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/EcsParameters"), values: &[] },
            PropertySchema { name: "HttpParameters", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/HttpParameters"), values: &[] },
            PropertySchema { name: "Id", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Input", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "InputPath", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "InputTransformer", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/InputTransformer"), values: &[] },
            PropertySchema { name: "KinesisParameters", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/KinesisParameters"), values: &[] },
            PropertySchema { name: "RedshiftDataParameters", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/RedshiftDataParameters"), values: &[] },
            PropertySchema { name: "RetryPolicy", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/RetryPolicy"), values: &[] },
            PropertySchema { name: "RoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RunCommandParameters", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/RunCommandParameters"), values: &[] },
            PropertySchema { name: "SageMakerPipelineParameters", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/SageMakerPipelineParameters"), values: &[] },
            PropertySchema { name: "SqsParameters", required: false, kind: Kind::Object, target: Some("AWS::Events::Rule/SqsParameters"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe",
        properties: &[
            PropertySchema { name: "Description", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DesiredState", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/RequestedPipeState"), values: &[] },
            PropertySchema { name: "Enrichment", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "EnrichmentParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeEnrichmentParameters"), values: &[] },
            PropertySchema { name: "KmsKeyIdentifier", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "LogConfiguration", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeLogConfiguration"), values: &[] },
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RoleArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Source", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "SourceParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeSourceParameters"), values: &[] },
            PropertySchema { name: "Tags", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/TagMap"), values: &[] },
            PropertySchema { name: "Target", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TargetParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetParameters"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/AwsVpcConfiguration",
        properties: &[
            PropertySchema { name: "AssignPublicIp", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/AssignPublicIp"), values: &[] },
            PropertySchema { name: "SecurityGroups", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Subnets", required: true, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/BatchArrayProperties",
        properties: &[
            PropertySchema { name: "Size", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/BatchContainerOverrides",
        properties: &[
            PropertySchema { name: "Command", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Environment", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/BatchEnvironmentVariable"), values: &[] },
            PropertySchema { name: "InstanceType", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ResourceRequirements", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/BatchResourceRequirement"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/BatchEnvironmentVariable",
        properties: &[
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/BatchJobDependency",
        properties: &[
            PropertySchema { name: "JobId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Type", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/BatchJobDependencyType"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/BatchResourceRequirement",
        properties: &[
            PropertySchema { name: "Type", required: true, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/BatchResourceRequirementType"), values: &[] },
            PropertySchema { name: "Value", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/BatchRetryStrategy",
        properties: &[
            PropertySchema { name: "Attempts", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/CapacityProviderStrategyItem",
        properties: &[
            PropertySchema { name: "Base", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "CapacityProvider", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Weight", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/CloudwatchLogsLogDestination",
        properties: &[
            PropertySchema { name: "LogGroupArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/DeadLetterConfig",
        properties: &[
            PropertySchema { name: "Arn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/DimensionMapping",
        properties: &[
            PropertySchema { name: "DimensionName", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DimensionValue", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DimensionValueType", required: true, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/DimensionValueType"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/EcsContainerOverride",
        properties: &[
            PropertySchema { name: "Command", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Cpu", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Environment", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/EcsEnvironmentVariable"), values: &[] },
            PropertySchema { name: "EnvironmentFiles", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/EcsEnvironmentFile"), values: &[] },
            PropertySchema { name: "Memory", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MemoryReservation", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ResourceRequirements", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/EcsResourceRequirement"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/EcsEnvironmentFile",
        properties: &[
            PropertySchema { name: "Type", required: true, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/EcsEnvironmentFileType"), values: &[] },
            PropertySchema { name: "Value", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/EcsEnvironmentVariable",
        properties: &[
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/EcsEphemeralStorage",
        properties: &[
            PropertySchema { name: "SizeInGiB", required: true, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/EcsInferenceAcceleratorOverride",
        properties: &[
            PropertySchema { name: "DeviceName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DeviceType", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/EcsResourceRequirement",
        properties: &[
            PropertySchema { name: "Type", required: true, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/EcsResourceRequirementType"), values: &[] },
            PropertySchema { name: "Value", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/EcsTaskOverride",
        properties: &[
            PropertySchema { name: "ContainerOverrides", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/EcsContainerOverride"), values: &[] },
            PropertySchema { name: "Cpu", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "EphemeralStorage", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/EcsEphemeralStorage"), values: &[] },
            PropertySchema { name: "ExecutionRoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "InferenceAcceleratorOverrides", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/EcsInferenceAcceleratorOverride"), values: &[] },
            PropertySchema { name: "Memory", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TaskRoleArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/Filter",
        properties: &[
            PropertySchema { name: "Pattern", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/FilterCriteria",
        properties: &[
            PropertySchema { name: "Filters", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/Filter"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/FirehoseLogDestination",
        properties: &[
            PropertySchema { name: "DeliveryStreamArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/MultiMeasureAttributeMapping",
        properties: &[
            PropertySchema { name: "MeasureValue", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "MeasureValueType", required: true, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/MeasureValueType"), values: &[] },
            PropertySchema { name: "MultiMeasureAttributeName", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/MultiMeasureMapping",
        properties: &[
            PropertySchema { name: "MultiMeasureAttributeMappings", required: true, kind: Kind::List, target: Some("AWS::Pipes::Pipe/MultiMeasureAttributeMapping"), values: &[] },
            PropertySchema { name: "MultiMeasureName", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/NetworkConfiguration",
        properties: &[
            PropertySchema { name: "AwsvpcConfiguration", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/AwsVpcConfiguration"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeEnrichmentHttpParameters",
        properties: &[
            PropertySchema { name: "HeaderParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/HeaderParametersMap"), values: &[] },
            PropertySchema { name: "PathParameterValues", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "QueryStringParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/QueryStringParametersMap"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeEnrichmentParameters",
        properties: &[
            PropertySchema { name: "HttpParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeEnrichmentHttpParameters"), values: &[] },
            PropertySchema { name: "InputTemplate", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeLogConfiguration",
        properties: &[
            PropertySchema { name: "CloudwatchLogsLogDestination", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/CloudwatchLogsLogDestination"), values: &[] },
            PropertySchema { name: "FirehoseLogDestination", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/FirehoseLogDestination"), values: &[] },
            PropertySchema { name: "IncludeExecutionData", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/IncludeExecutionDataOption"), values: &[] },
            PropertySchema { name: "Level", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/LogLevel"), values: &[] },
            PropertySchema { name: "S3LogDestination", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/S3LogDestination"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeSourceActiveMQBrokerParameters",
        properties: &[
            PropertySchema { name: "BatchSize", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Credentials", required: true, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/MQBrokerAccessCredentials"), values: &[] },
            PropertySchema { name: "MaximumBatchingWindowInSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "QueueName", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeSourceDynamoDBStreamParameters",
        properties: &[
            PropertySchema { name: "BatchSize", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "DeadLetterConfig", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/DeadLetterConfig"), values: &[] },
            PropertySchema { name: "MaximumBatchingWindowInSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MaximumRecordAgeInSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MaximumRetryAttempts", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "OnPartialBatchItemFailure", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/OnPartialBatchItemFailureStreams"), values: &[] },
            PropertySchema { name: "ParallelizationFactor", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "StartingPosition", required: true, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/DynamoDBStreamStartPosition"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeSourceKinesisStreamParameters",
        properties: &[
            PropertySchema { name: "BatchSize", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "DeadLetterConfig", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/DeadLetterConfig"), values: &[] },
            PropertySchema { name: "MaximumBatchingWindowInSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MaximumRecordAgeInSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MaximumRetryAttempts", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "OnPartialBatchItemFailure", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/OnPartialBatchItemFailureStreams"), values: &[] },
            PropertySchema { name: "ParallelizationFactor", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "StartingPosition", required: true, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/KinesisStreamStartPosition"), values: &[] },
            PropertySchema { name: "StartingPositionTimestamp", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeSourceManagedStreamingKafkaParameters",
        properties: &[
            PropertySchema { name: "BatchSize", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "ConsumerGroupID", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Credentials", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/MSKAccessCredentials"), values: &[] },
            PropertySchema { name: "MaximumBatchingWindowInSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "StartingPosition", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/MSKStartPosition"), values: &[] },
            PropertySchema { name: "TopicName", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeSourceParameters",
        properties: &[
            PropertySchema { name: "ActiveMQBrokerParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeSourceActiveMQBrokerParameters"), values: &[] },
            PropertySchema { name: "DynamoDBStreamParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeSourceDynamoDBStreamParameters"), values: &[] },
            PropertySchema { name: "FilterCriteria", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/FilterCriteria"), values: &[] },
            PropertySchema { name: "KinesisStreamParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeSourceKinesisStreamParameters"), values: &[] },
            PropertySchema { name: "ManagedStreamingKafkaParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeSourceManagedStreamingKafkaParameters"), values: &[] },
            PropertySchema { name: "RabbitMQBrokerParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeSourceRabbitMQBrokerParameters"), values: &[] },
            PropertySchema { name: "SelfManagedKafkaParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeSourceSelfManagedKafkaParameters"), values: &[] },
            PropertySchema { name: "SqsQueueParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeSourceSqsQueueParameters"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeSourceRabbitMQBrokerParameters",
        properties: &[
            PropertySchema { name: "BatchSize", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Credentials", required: true, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/MQBrokerAccessCredentials"), values: &[] },
            PropertySchema { name: "MaximumBatchingWindowInSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "QueueName", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "VirtualHost", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeSourceSelfManagedKafkaParameters",
        properties: &[
            PropertySchema { name: "AdditionalBootstrapServers", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "BatchSize", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "ConsumerGroupID", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Credentials", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/SelfManagedKafkaAccessConfigurationCredentials"), values: &[] },
            PropertySchema { name: "MaximumBatchingWindowInSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "ServerRootCaCertificate", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "StartingPosition", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/SelfManagedKafkaStartPosition"), values: &[] },
            PropertySchema { name: "TopicName", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Vpc", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/SelfManagedKafkaAccessConfigurationVpc"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeSourceSqsQueueParameters",
        properties: &[
            PropertySchema { name: "BatchSize", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MaximumBatchingWindowInSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeTargetBatchJobParameters",
        properties: &[
            PropertySchema { name: "ArrayProperties", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/BatchArrayProperties"), values: &[] },
            PropertySchema { name: "ContainerOverrides", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/BatchContainerOverrides"), values: &[] },
            PropertySchema { name: "DependsOn", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/BatchJobDependency"), values: &[] },
            PropertySchema { name: "JobDefinition", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "JobName", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Parameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/BatchParametersMap"), values: &[] },
            PropertySchema { name: "RetryStrategy", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/BatchRetryStrategy"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeTargetCloudWatchLogsParameters",
        properties: &[
            PropertySchema { name: "LogStreamName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Timestamp", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeTargetEcsTaskParameters",
        properties: &[
            PropertySchema { name: "CapacityProviderStrategy", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/CapacityProviderStrategyItem"), values: &[] },
            PropertySchema { name: "EnableECSManagedTags", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "EnableExecuteCommand", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "Group", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "LaunchType", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/LaunchType"), values: &[] },
            PropertySchema { name: "NetworkConfiguration", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/NetworkConfiguration"), values: &[] },
            PropertySchema { name: "Overrides", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/EcsTaskOverride"), values: &[] },
            PropertySchema { name: "PlacementConstraints", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/PlacementConstraint"), values: &[] },
            PropertySchema { name: "PlacementStrategy", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/PlacementStrategy"), values: &[] },
            PropertySchema { name: "PlatformVersion", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "PropagateTags", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PropagateTags"), values: &[] },
            PropertySchema { name: "ReferenceId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/Tag"), values: &[] },
            PropertySchema { name: "TaskCount", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "TaskDefinitionArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeTargetEventBridgeEventBusParameters",
        properties: &[
            PropertySchema { name: "DetailType", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "EndpointId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Resources", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Source", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Time", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeTargetHttpParameters",
        properties: &[
            PropertySchema { name: "HeaderParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/HeaderParametersMap"), values: &[] },
            PropertySchema { name: "PathParameterValues", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "QueryStringParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/QueryStringParametersMap"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeTargetKinesisStreamParameters",
        properties: &[
            PropertySchema { name: "PartitionKey", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeTargetLambdaFunctionParameters",
        properties: &[
            PropertySchema { name: "InvocationType", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetInvocationType"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeTargetParameters",
        properties: &[
            PropertySchema { name: "BatchJobParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetBatchJobParameters"), values: &[] },
            PropertySchema { name: "CloudWatchLogsParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetCloudWatchLogsParameters"), values: &[] },
            PropertySchema { name: "EcsTaskParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetEcsTaskParameters"), values: &[] },
            PropertySchema { name: "EventBridgeEventBusParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetEventBridgeEventBusParameters"), values: &[] },
            PropertySchema { name: "HttpParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetHttpParameters"), values: &[] },
            PropertySchema { name: "InputTemplate", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "KinesisStreamParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetKinesisStreamParameters"), values: &[] },
            PropertySchema { name: "LambdaFunctionParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetLambdaFunctionParameters"), values: &[] },
            PropertySchema { name: "RedshiftDataParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetRedshiftDataParameters"), values: &[] },
            PropertySchema { name: "SageMakerPipelineParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetSageMakerPipelineParameters"), values: &[] },
            PropertySchema { name: "SqsQueueParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetSqsQueueParameters"), values: &[] },
            PropertySchema { name: "StepFunctionStateMachineParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetStateMachineParameters"), values: &[] },
            PropertySchema { name: "TimestreamParameters", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetTimestreamParameters"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeTargetRedshiftDataParameters",
        properties: &[
            PropertySchema { name: "Database", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DbUser", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "SecretManagerArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Sqls", required: true, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "StatementName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "WithEvent", required: false, kind: Kind::Boolean, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeTargetSageMakerPipelineParameters",
        properties: &[
            PropertySchema { name: "PipelineParameterList", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/SageMakerPipelineParameter"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeTargetSqsQueueParameters",
        properties: &[
            PropertySchema { name: "MessageDeduplicationId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "MessageGroupId", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeTargetStateMachineParameters",
        properties: &[
            PropertySchema { name: "InvocationType", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PipeTargetInvocationType"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PipeTargetTimestreamParameters",
        properties: &[
            PropertySchema { name: "DimensionMappings", required: true, kind: Kind::List, target: Some("AWS::Pipes::Pipe/DimensionMapping"), values: &[] },
            PropertySchema { name: "EpochTimeUnit", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/EpochTimeUnit"), values: &[] },
            PropertySchema { name: "MultiMeasureMappings", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/MultiMeasureMapping"), values: &[] },
            PropertySchema { name: "SingleMeasureMappings", required: false, kind: Kind::List, target: Some("AWS::Pipes::Pipe/SingleMeasureMapping"), values: &[] },
            PropertySchema { name: "TimeFieldType", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/TimeFieldType"), values: &[] },
            PropertySchema { name: "TimeValue", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "TimestampFormat", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "VersionValue", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PlacementConstraint",
        properties: &[
            PropertySchema { name: "Expression", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Type", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PlacementConstraintType"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/PlacementStrategy",
        properties: &[
            PropertySchema { name: "Field", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Type", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/PlacementStrategyType"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/S3LogDestination",
        properties: &[
            PropertySchema { name: "BucketName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "BucketOwner", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "OutputFormat", required: false, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/S3OutputFormat"), values: &[] },
            PropertySchema { name: "Prefix", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/SageMakerPipelineParameter",
        properties: &[
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/SelfManagedKafkaAccessConfigurationVpc",
        properties: &[
            PropertySchema { name: "SecurityGroup", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Subnets", required: false, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/SingleMeasureMapping",
        properties: &[
            PropertySchema { name: "MeasureName", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "MeasureValue", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "MeasureValueType", required: true, kind: Kind::Object, target: Some("AWS::Pipes::Pipe/MeasureValueType"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Pipes::Pipe/Tag",
        properties: &[
            PropertySchema { name: "Key", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule",
        properties: &[
            PropertySchema { name: "Description", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "EndDate", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "FlexibleTimeWindow", required: true, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/FlexibleTimeWindow"), values: &[] },
            PropertySchema { name: "GroupName", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "KmsKeyArn", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ScheduleExpression", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ScheduleExpressionTimezone", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "StartDate", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "State", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/ScheduleState"), values: &[] },
            PropertySchema { name: "Target", required: true, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/Target"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/AwsVpcConfiguration",
        properties: &[
            PropertySchema { name: "AssignPublicIp", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/AssignPublicIp"), values: &[] },
            PropertySchema { name: "SecurityGroups", required: false, kind: Kind::List, target: None, values: &[] },
            PropertySchema { name: "Subnets", required: true, kind: Kind::List, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/CapacityProviderStrategyItem",
        properties: &[
            PropertySchema { name: "Base", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "CapacityProvider", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Weight", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/DeadLetterConfig",
        properties: &[
            PropertySchema { name: "Arn", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/EcsParameters",
        properties: &[
            PropertySchema { name: "CapacityProviderStrategy", required: false, kind: Kind::List, target: Some("AWS::Scheduler::Schedule/CapacityProviderStrategyItem"), values: &[] },
            PropertySchema { name: "EnableECSManagedTags", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "EnableExecuteCommand", required: false, kind: Kind::Boolean, target: None, values: &[] },
            PropertySchema { name: "Group", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "LaunchType", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/LaunchType"), values: &[] },
            PropertySchema { name: "NetworkConfiguration", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/NetworkConfiguration"), values: &[] },
            PropertySchema { name: "PlacementConstraints", required: false, kind: Kind::List, target: Some("AWS::Scheduler::Schedule/PlacementConstraint"), values: &[] },
            PropertySchema { name: "PlacementStrategy", required: false, kind: Kind::List, target: Some("AWS::Scheduler::Schedule/PlacementStrategy"), values: &[] },
            PropertySchema { name: "PlatformVersion", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "PropagateTags", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/PropagateTags"), values: &[] },
            PropertySchema { name: "ReferenceId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::Scheduler::Schedule/TagMap"), values: &[] },
            PropertySchema { name: "TaskCount", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "TaskDefinitionArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/EventBridgeParameters",
        properties: &[
            PropertySchema { name: "DetailType", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Source", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/FlexibleTimeWindow",
        properties: &[
            PropertySchema { name: "MaximumWindowInMinutes", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Mode", required: true, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/FlexibleTimeWindowMode"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/KinesisParameters",
        properties: &[
            PropertySchema { name: "PartitionKey", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/NetworkConfiguration",
        properties: &[
            PropertySchema { name: "AwsvpcConfiguration", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/AwsVpcConfiguration"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/PlacementConstraint",
        properties: &[
            PropertySchema { name: "Expression", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Type", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/PlacementConstraintType"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/PlacementStrategy",
        properties: &[
            PropertySchema { name: "Field", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Type", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/PlacementStrategyType"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/RetryPolicy",
        properties: &[
            PropertySchema { name: "MaximumEventAgeInSeconds", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "MaximumRetryAttempts", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/SageMakerPipelineParameter",
        properties: &[
            PropertySchema { name: "Name", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/SageMakerPipelineParameters",
        properties: &[
            PropertySchema { name: "PipelineParameterList", required: false, kind: Kind::List, target: Some("AWS::Scheduler::Schedule/SageMakerPipelineParameter"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/SqsParameters",
        properties: &[
            PropertySchema { name: "MessageGroupId", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::Scheduler::Schedule/Target",
        properties: &[
            PropertySchema { name: "Arn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DeadLetterConfig", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/DeadLetterConfig"), values: &[] },
            PropertySchema { name: "EcsParameters", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/EcsParameters"), values: &[] },
            PropertySchema { name: "EventBridgeParameters", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/EventBridgeParameters"), values: &[] },
            PropertySchema { name: "Input", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "KinesisParameters", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/KinesisParameters"), values: &[] },
            PropertySchema { name: "RetryPolicy", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/RetryPolicy"), values: &[] },
            PropertySchema { name: "RoleArn", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "SageMakerPipelineParameters", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/SageMakerPipelineParameters"), values: &[] },
            PropertySchema { name: "SqsParameters", required: false, kind: Kind::Object, target: Some("AWS::Scheduler::Schedule/SqsParameters"), values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ServiceDiscovery::Service",
        properties: &[
            PropertySchema { name: "Description", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "DnsConfig", required: false, kind: Kind::Object, target: Some("AWS::ServiceDiscovery::Service/DnsConfig"), values: &[] },
            PropertySchema { name: "HealthCheckConfig", required: false, kind: Kind::Object, target: Some("AWS::ServiceDiscovery::Service/HealthCheckConfig"), values: &[] },
            PropertySchema { name: "HealthCheckCustomConfig", required: false, kind: Kind::Object, target: Some("AWS::ServiceDiscovery::Service/HealthCheckCustomConfig"), values: &[] },
            PropertySchema { name: "Name", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "NamespaceId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "ServiceAttributes", required: false, kind: Kind::Object, target: None, values: &[] },
            PropertySchema { name: "Tags", required: false, kind: Kind::List, target: Some("AWS::ServiceDiscovery::Service/Tag"), values: &[] },
            PropertySchema { name: "Type", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ServiceDiscovery::Service/DnsConfig",
        properties: &[
            PropertySchema { name: "DnsRecords", required: true, kind: Kind::List, target: Some("AWS::ServiceDiscovery::Service/DnsRecord"), values: &[] },
            PropertySchema { name: "NamespaceId", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "RoutingPolicy", required: false, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ServiceDiscovery::Service/DnsRecord",
        properties: &[
            PropertySchema { name: "TTL", required: true, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "Type", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ServiceDiscovery::Service/HealthCheckConfig",
        properties: &[
            PropertySchema { name: "FailureThreshold", required: false, kind: Kind::Number, target: None, values: &[] },
            PropertySchema { name: "ResourcePath", required: false, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Type", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ServiceDiscovery::Service/HealthCheckCustomConfig",
        properties: &[
            PropertySchema { name: "FailureThreshold", required: false, kind: Kind::Number, target: None, values: &[] },
        ],
    },
    ObjectSchema {
        name: "AWS::ServiceDiscovery::Service/Tag",
        properties: &[
            PropertySchema { name: "Key", required: true, kind: Kind::Scalar, target: None, values: &[] },
            PropertySchema { name: "Value", required: true, kind: Kind::Scalar, target: None, values: &[] },
        ],
    },
];

pub static ATTRIBUTES: &[(&str, &[&str])] = &[
    ("AWS::ApplicationAutoScaling::ScalableTarget", &["Id"]),
    ("AWS::ECS::CapacityProvider", &[]),
    ("AWS::ECS::Cluster", &["Arn"]),
    ("AWS::ECS::ClusterCapacityProviderAssociations", &[]),
    ("AWS::ECS::Daemon", &["DaemonArn", "DeploymentArn", "CreatedAt", "UpdatedAt", "DaemonStatus"]),
    ("AWS::ECS::DaemonTaskDefinition", &["DaemonTaskDefinitionArn"]),
    ("AWS::ECS::ExpressGatewayService", &["ServiceArn", "ActiveConfigurations", "Status", "CreatedAt", "UpdatedAt", "Endpoint", "ECSManagedResourceArns"]),
    ("AWS::ECS::PrimaryTaskSet", &[]),
    ("AWS::ECS::Service", &["ServiceArn", "Name"]),
    ("AWS::ECS::TaskDefinition", &["TaskDefinitionArn"]),
    ("AWS::ECS::TaskSet", &["Id"]),
    ("AWS::ElasticLoadBalancingV2::Listener", &["ListenerArn"]),
    ("AWS::ElasticLoadBalancingV2::TargetGroup", &["LoadBalancerArns", "TargetGroupArn", "TargetGroupName", "TargetGroupFullName"]),
    ("AWS::Events::Rule", &["Arn"]),
    ("AWS::Pipes::Pipe", &["Arn", "CreationTime", "CurrentState", "LastModifiedTime", "StateReason"]),
    ("AWS::Scheduler::Schedule", &["Arn"]),
    ("AWS::ServiceDiscovery::Service", &["Id", "Arn"]),
];
