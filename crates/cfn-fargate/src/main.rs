//! The `cfn-fargate` binary.

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let code = cfn_fargate::run(args, &mut cfn_fargate::Io::std());
    std::process::exit(code);
}
