// Built into the libFuzzer targets only: every undefined-behaviour report stops the run (so it is
// a finding with a reproducer, not a line scrolling past), with a stack trace to act on.
extern "C" const char *__ubsan_default_options()
{
    return "halt_on_error=1:abort_on_error=1:print_stacktrace=1";
}

extern "C" const char *__asan_default_options()
{
    return "abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1";
}
