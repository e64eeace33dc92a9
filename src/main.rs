fn main() -> std::process::ExitCode {
    limber::cli::main()
}
