/* The single-core bar of issue 6: parse child sheets with libcsv (same options as pulje) and
 * sum what pulje's traffic-light aggregates need: children per project, period, series
 * (trivsel/sprog x aktiv/udgaaet) and light. Usage: libcsv_sums FILE...  Prints the rows. */
#include <csv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PROJECTS 256
static char names[MAX_PROJECTS][64];
static int nprojects = 0;
static long counts[MAX_PROJECTS][8][4][3];  /* project, period, series, light */

struct row { int field, project, period, trivsel, sprog, left; long rows; };

static int light(const char *s, size_t n) {
  if (n == 0) return -1;
  if (s[0] == 'g' && n > 1 && s[1] == 'r') return 0;  /* groen, grøn */
  if (s[0] == 'g') return 1;                           /* gul */
  if (s[0] == 'r') return 2;                           /* roed, rød */
  return -1;
}

static int project(const char *s, size_t n) {
  static int last = -1;
  if (last >= 0 && strlen(names[last]) == n && memcmp(names[last], s, n) == 0) return last;
  for (int i = 0; i < nprojects; i++)
    if (strlen(names[i]) == n && memcmp(names[i], s, n) == 0) return last = i;
  if (nprojects == MAX_PROJECTS || n >= 64) { fprintf(stderr, "too many projects\n"); exit(2); }
  memcpy(names[nprojects], s, n);
  names[nprojects][n] = 0;
  return last = nprojects++;
}

static void on_field(void *data, size_t n, void *p) {
  struct row *r = p;
  const char *s = data ? data : "";
  if (!data) n = 0;
  if (r->rows > 0) switch (r->field) {
    case 0: r->project = project(s, n); break;
    case 2: r->period = (int)strtol(s, NULL, 10); break;
    case 4: r->trivsel = light(s, n); break;
    case 5: r->sprog = light(s, n); break;
    case 6: r->left = n > 0 && s[0] == 'u'; break;
  }
  r->field++;
}

static void on_row(int c, void *p) {
  struct row *r = p;
  (void)c;
  if (r->rows > 0 && r->period >= 1 && r->period <= 7) {
    if (r->trivsel >= 0) counts[r->project][r->period][r->left ? 2 : 0][r->trivsel]++;
    if (r->sprog >= 0) counts[r->project][r->period][r->left ? 3 : 1][r->sprog]++;
  }
  r->rows++;
  r->field = 0; r->trivsel = r->sprog = -1; r->left = 0;
}

int main(int argc, char **argv) {
  static char buffer[1 << 16];
  for (int i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    if (!f) { perror(argv[i]); return 2; }
    struct csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL | CSV_REPALL_NL);
    struct row r = {0, 0, 0, -1, -1, 0, 0};
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, f)) > 0)
      if (csv_parse(&parser, buffer, n, on_field, on_row, &r) != n) { fprintf(stderr, "%s: parse error\n", argv[i]); return 1; }
    csv_fini(&parser, on_field, on_row, &r);
    csv_free(&parser);
    fclose(f);
  }
  static const char *series[] = {"trivsel", "sprog", "trivsel_udgaaet", "sprog_udgaaet"};
  for (int p = 0; p < nprojects; p++)
    for (int period = 1; period <= 7; period++)
      for (int s = 0; s < 4; s++) {
        long *c = counts[p][period][s];
        if (c[0] + c[1] + c[2]) printf("%s,%d,%s,%ld,%ld,%ld\n", names[p], period, series[s], c[0], c[1], c[2]);
      }
  return 0;
}
