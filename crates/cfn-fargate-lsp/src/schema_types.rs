//! The shape of the generated property tables (`schema.rs`).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Scalar,
    Number,
    Boolean,
    Object,
    List,
}

#[derive(Debug)]
pub struct PropertySchema {
    pub name: &'static str,
    pub required: bool,
    pub kind: Kind,
    /// The object type of the value (or of the list's items), as `Type/Definition`.
    pub target: Option<&'static str>,
    /// Allowed values, when the schema lists them.
    pub values: &'static [&'static str],
}

#[derive(Debug)]
pub struct ObjectSchema {
    /// A resource type (`AWS::ECS::TaskDefinition`) or one of its object types
    /// (`AWS::ECS::TaskDefinition/ContainerDefinition`).
    pub name: &'static str,
    pub properties: &'static [PropertySchema],
}

/// The properties of a resource type or object type.
pub fn object(name: &str) -> Option<&'static ObjectSchema> {
    crate::schema::OBJECTS.iter().find(|o| o.name == name)
}

/// The attributes `Fn::GetAtt` can read from a resource type.
pub fn attributes(type_name: &str) -> &'static [&'static str] {
    crate::schema::ATTRIBUTES
        .iter()
        .find(|(t, _)| *t == type_name)
        .map_or(&[], |(_, a)| a)
}
