/* The baseline of scripts/bench-read: libcsv alone parsing the same files the same way pulje
 * does (1 MiB chunks, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL | CSV_REPALL_NL), with
 * callbacks that only count fields and records. Usage: libcsv_only FILE... */
#include <csv.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct counts { unsigned long fields, records; };

static void on_field(void *s, size_t len, void *data) { (void)s; (void)len; ((struct counts *)data)->fields++; }
static void on_record(int c, void *data) { (void)c; ((struct counts *)data)->records++; }

int main(int argc, char **argv) {
    static unsigned char buffer[1 << 20];
    struct counts counts = {0, 0};
    struct csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL | CSV_REPALL_NL) != 0) return 2;
    for (int i = 1; i < argc; i++) {
        int fd = open(argv[i], O_RDONLY);
        if (fd < 0) { perror(argv[i]); return 2; }
        ssize_t n;
        while ((n = read(fd, buffer, sizeof buffer)) > 0) {
            if (csv_parse(&parser, buffer, (size_t)n, on_field, on_record, &counts) != (size_t)n) {
                fprintf(stderr, "%s: %s\n", argv[i], csv_strerror(csv_error(&parser)));
                return 1;
            }
        }
        csv_fini(&parser, on_field, on_record, &counts);
        close(fd);
    }
    csv_free(&parser);
    printf("%lu fields, %lu records\n", counts.fields, counts.records);
    return 0;
}
