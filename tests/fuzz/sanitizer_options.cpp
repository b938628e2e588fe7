// Built into the libFuzzer targets only: every undefined-behaviour report stops the run (so it is
// a finding with a reproducer, not a line scrolling past), with a stack trace to act on.
extern "C" const char *__ubsan_default_options()
{
    return "halt_on_error=1:abort_on_error=1:print_stacktrace=1";
}

// malloc_context_size=2: Qt is not built with frame pointers, so the fast unwinder turns frames past
// the first Qt one into garbage, and every garbage stack is a new entry in ASan's stack depot: with
// the default (30 frames) memory grows by about 2 KB per input for ever. Error reports still unwind
// fully; for complete allocation stacks when reproducing, run with
// ASAN_OPTIONS=malloc_context_size=30:fast_unwind_on_malloc=0 (see docs/fuzzing.md).
extern "C" const char *__asan_default_options()
{
    return "abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1:malloc_context_size=2";
}
