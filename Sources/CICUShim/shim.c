#include "CICUShim.h"
#include <string.h>
#include <stdlib.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/uset.h>
#include <unicode/ubrk.h>
#include <unicode/utrans.h>
#include <unicode/ustring.h>

int32_t icushim_canonical_charset(const char *label, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(label, &status);
    if (U_FAILURE(status) || converter == NULL) return 0;
    const char *name = ucnv_getName(converter, &status);
    int32_t ok = 0;
    if (U_SUCCESS(status) && name != NULL && (int32_t)strlen(name) < capacity) {
        strcpy(out, name);
        ok = 1;
    }
    ucnv_close(converter);
    return ok;
}

typedef struct {
    const char *base;
    int32_t count;
    int64_t first;
} invalid_tracker;

static void count_and_substitute(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                                 int32_t length, UConverterCallbackReason reason, UErrorCode *status) {
    invalid_tracker *tracker = (invalid_tracker *)context;
    if (reason <= UCNV_IRREGULAR) {
        if (tracker->count == 0) tracker->first = (int64_t)(args->source - tracker->base) - length;
        tracker->count += 1;
        /* Always U+FFFD, whatever the converter's own substitution character is. */
        static const UChar replacement = 0xFFFD;
        *status = U_ZERO_ERROR;
        ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
    }
    (void)codeUnits;
}

icushim_conversion icushim_convert_to_utf8(const char *charset, const uint8_t *source, int64_t length,
                                           uint8_t *dest, int64_t capacity) {
    icushim_conversion result = {0, 0, 0, -1};
    UErrorCode status = U_ZERO_ERROR;
    UConverter *from = ucnv_open(charset, &status);
    if (U_FAILURE(status)) { result.status = -(int32_t)status; return result; }
    UConverter *to = ucnv_open("UTF-8", &status);
    if (U_FAILURE(status)) { ucnv_close(from); result.status = -(int32_t)status; return result; }
    invalid_tracker tracker = {(const char *)source, 0, -1};
    ucnv_setToUCallBack(from, (UConverterToUCallback)count_and_substitute, &tracker, NULL, NULL, &status);
    const char *src = (const char *)source;
    char *target = (char *)dest;
    UChar pivot[4096];
    UChar *pivotSource = pivot, *pivotTarget = pivot;
    ucnv_convertEx(to, from, &target, (char *)dest + capacity, &src, src + length, pivot, &pivotSource,
                   &pivotTarget, pivot + 4096, 1, 1, &status);
    if (U_FAILURE(status)) result.status = -(int32_t)status;
    result.utf8Length = (int32_t)(target - (char *)dest);
    result.invalidCount = tracker.count;
    result.firstInvalidOffset = tracker.first;
    ucnv_close(from);
    ucnv_close(to);
    return result;
}

int32_t icushim_detect_charset(const uint8_t *source, int32_t length, char *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_enableInputFilter(detector, 1); /* skip markup */
    ucsdet_setText(detector, (const char *)source, length, &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    int32_t confidence = -1;
    if (U_SUCCESS(status) && match != NULL) {
        const char *name = ucsdet_getName(match, &status);
        int32_t value = ucsdet_getConfidence(match, &status);
        if (U_SUCCESS(status) && name != NULL && (int32_t)strlen(name) < capacity) {
            strcpy(out, name);
            confidence = value;
        }
    }
    ucsdet_close(detector);
    return confidence;
}

#include <pthread.h>

/* The filtered normalizer is built once per process for the first pattern seen (the pattern is a constant of
   the Swift caller); ICU normalizers are safe to share between threads once built. */
static pthread_once_t filtered_once = PTHREAD_ONCE_INIT;
static UNormalizer2 *filtered_normalizer = NULL;
static const UChar *pending_pattern = NULL;
static int32_t pending_pattern_length = 0;

static void build_filtered(void) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&status);
    if (U_FAILURE(status)) return;
    USet *set = uset_openPattern(pending_pattern, pending_pattern_length, &status);
    if (U_FAILURE(status)) return;
    uset_freeze(set); /* owned by the normalizer for the life of the process */
    filtered_normalizer = unorm2_openFiltered(nfkc, set, &status);
    if (U_FAILURE(status)) filtered_normalizer = NULL;
}

int32_t icushim_normalize(const uint16_t *text, int32_t length, const uint16_t *nfkcSetPattern,
                          int32_t patternLength, uint16_t *dest, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -(int32_t)status;
    pending_pattern = (const UChar *)nfkcSetPattern;
    pending_pattern_length = patternLength;
    pthread_once(&filtered_once, build_filtered);
    if (filtered_normalizer == NULL) return -1;
    /* First the width folding on the selected characters, then NFC on everything. */
    UChar *middle = (UChar *)dest;
    int32_t written = unorm2_normalize(filtered_normalizer, (const UChar *)text, length, middle, capacity, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    if (unorm2_isNormalized(nfc, middle, written, &status) && U_SUCCESS(status)) return written;
    status = U_ZERO_ERROR;
    UChar *copy = (UChar *)malloc(sizeof(UChar) * (size_t)(written > 0 ? written : 1));
    if (copy == NULL) return -1;
    memcpy(copy, middle, sizeof(UChar) * (size_t)written);
    written = unorm2_normalize(nfc, copy, written, (UChar *)dest, capacity, &status);
    free(copy);
    if (U_FAILURE(status)) return -(int32_t)status;
    return written;
}

int32_t icushim_sentence_breaks(const uint16_t *text, int32_t length, const char *locale,
                                int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    int32_t count = 0;
    ubrk_first(iterator);
    for (int32_t b = ubrk_next(iterator); b != UBRK_DONE && count < capacity; b = ubrk_next(iterator)) {
        boundaries[count++] = b;
    }
    ubrk_close(iterator);
    return count;
}

struct icushim_transliterator { UTransliterator *handle; };

icushim_transliterator *icushim_transliterator_open(const uint16_t *id, int32_t idLength) {
    UErrorCode status = U_ZERO_ERROR;
    UTransliterator *handle = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &status);
    if (U_FAILURE(status) || handle == NULL) return NULL;
    icushim_transliterator *result = (icushim_transliterator *)malloc(sizeof(icushim_transliterator));
    if (result == NULL) { utrans_close(handle); return NULL; }
    result->handle = handle;
    return result;
}

void icushim_transliterator_close(icushim_transliterator *transliterator) {
    if (transliterator == NULL) return;
    utrans_close(transliterator->handle);
    free(transliterator);
}

int32_t icushim_transliterate(icushim_transliterator *transliterator, uint16_t *buffer, int32_t length,
                              int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t textLength = length, limit = length;
    utrans_transUChars(transliterator->handle, (UChar *)buffer, &textLength, capacity, 0, &limit, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    return textLength;
}
