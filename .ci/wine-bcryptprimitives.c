/* Wine 8, Debian 12's, has no bcryptprimitives.dll, which Rust's standard library calls for
   random numbers (ProcessPrng) on Windows 10 and later, where every system has it. For the checks
   under Wine only (.ci/packages), this stand-in gives Wine one, drawing on RtlGenRandom as the
   standard library did before. The packages do not carry it. */
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!RtlGenRandom(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
