# cmake -DIN=file -DOUT=file.gz -P gzip-file.cmake: gzip -9n, as Debian policy asks for docs and man pages.
find_program(GZIP gzip REQUIRED)
execute_process(COMMAND ${GZIP} -9 -n -c ${IN} OUTPUT_FILE ${OUT} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    file(REMOVE ${OUT})
    message(FATAL_ERROR "gzip ${IN} failed: ${rc}")
endif()
