#ifndef CICUSHIM_H
#define CICUSHIM_H
// The only door to ICU. Swift imports this header; it exposes stdint types and opaque handles
// only, because ICU's own headers clash with Foundation's bundled ICU inside a Swift module.
#include <stdint.h>

/// Result of a conversion to UTF-8.
typedef struct {
    int32_t status;              ///< 0 ok, <0 ICU error code (negated), e.g. unknown charset
    int32_t utf8Length;          ///< bytes written to the destination
    int32_t invalidCount;        ///< byte sequences replaced by U+FFFD
    int64_t firstInvalidOffset;  ///< byte offset of the first one, -1 when none
} icushim_conversion;

/// Canonical ICU name of a charset label into `out` (NUL-terminated); returns 0 when ICU has no converter for it.
int32_t icushim_canonical_charset(const char *label, char *out, int32_t capacity);

/// Converts `length` bytes in `charset` to UTF-8 in `dest` (capacity must be >= 3 * length + 16).
/// Undecodable sequences become U+FFFD and are counted.
icushim_conversion icushim_convert_to_utf8(const char *charset, const uint8_t *source, int64_t length,
                                           uint8_t *dest, int64_t capacity);

/// Charset detection on `length` bytes; writes the best match name into `out` and returns the confidence 0…100,
/// or -1 when ICU detects nothing.
int32_t icushim_detect_charset(const uint8_t *source, int32_t length, char *out, int32_t capacity);

/// Applies a normalizer to UTF-16 text. `mode` 0: NFC with NFKC applied only to characters in `nfkcSetPattern`
/// (a UnicodeSet pattern in UTF-16). Returns the UTF-16 length written, or a negative ICU error.
int32_t icushim_normalize(const uint16_t *text, int32_t length, const uint16_t *nfkcSetPattern,
                          int32_t patternLength, uint16_t *dest, int32_t capacity);

/// Sentence boundaries (UTF-16 offsets, excluding 0, including `length`) for `locale`. Returns the count
/// written, or a negative ICU error.
int32_t icushim_sentence_breaks(const uint16_t *text, int32_t length, const char *locale,
                                int32_t *boundaries, int32_t capacity);

/// Opaque transliterator (ICU utrans), e.g. "Hant-Hans; Han-Latin; Latin-ASCII; Lower".
typedef struct icushim_transliterator icushim_transliterator;
icushim_transliterator *icushim_transliterator_open(const uint16_t *id, int32_t idLength);
void icushim_transliterator_close(icushim_transliterator *transliterator);
/// Transliterates in place into `buffer` (holding `length` UTF-16 units, room for `capacity`); returns the new
/// length, or a negative ICU error (capacity too small included).
int32_t icushim_transliterate(icushim_transliterator *transliterator, uint16_t *buffer, int32_t length,
                              int32_t capacity);

#endif
