package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.hearth.bench.cpu.CpuAccount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallPartsTest {

    @Test
    void the_share_of_promises_with_a_due_time_is_spread_evenly_over_the_makes() {
        java.util.function.BiFunction<Double, Integer, List<Boolean>> makes = (share, count) ->
                java.util.stream.LongStream.rangeClosed(1, count).mapToObj(n -> HearthApi.withDueTime(n, share)).toList();

        assertThat(makes.apply(0.0, 100)).containsOnly(false);
        assertThat(makes.apply(1.0, 100)).containsOnly(true);
        List<Boolean> quarter = makes.apply(0.25, 100);
        assertThat(quarter.stream().filter(due -> due).count()).isEqualTo(25);
        assertThat(quarter.subList(0, 8)).containsExactly(false, false, false, true, false, false, false, true);
        assertThat(makes.apply(0.5, 10).stream().filter(due -> due).count()).isEqualTo(5);
    }

    @Test
    void every_measured_command_is_written_in_the_order_sent_with_its_latency_and_outcome(@TempDir Path dir) throws Exception {
        RunRecorder recorder = new RunRecorder();
        long t = System.nanoTime();
        recorder.keep(t + 5_000_000, t + 17_500_000, "200", true);
        recorder.make(t, t + 42_250_000, "201", true);
        recorder.make(t + 9_000_000, t + 9_000_000 + 30_000_000_000L, "timeout", false);
        Path file = dir.resolve("latencies").resolve("step-2.csv");

        recorder.writeAnswers(file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("sent_epoch_ms,latency_ms,command,outcome");
        assertThat(lines.subList(1, 4)).extracting(line -> line.substring(line.indexOf(',') + 1))
                .containsExactly("42.250,make,201", "12.500,keep,200", "30000.000,make,timeout");
        double firstSent = Double.parseDouble(lines.get(1).split(",")[0]);
        assertThat(firstSent).isCloseTo(System.currentTimeMillis(), offset(60_000.0));
        assertThat(Double.parseDouble(lines.get(2).split(",")[0]) - firstSent).isCloseTo(5.0, offset(0.01));
    }

    @Test
    void the_machine_is_busy_when_the_one_minute_load_exceeds_the_factor_times_the_cores() {
        LoadCheck quiet = LoadCheck.of("2.90 1.00 0.50 3/500 1234\n", 2, 1.5);
        LoadCheck busy = LoadCheck.of("3.01 1.00 0.50 3/500 1234\n", 2, 1.5);

        assertThat(quiet.busy()).isFalse();
        assertThat(quiet.limit()).isEqualTo(3.0);
        assertThat(busy.busy()).isTrue();
        assertThat(busy.describe()).contains("BUSY MACHINE");
        assertThat(LoadCheck.of("", 2, 1.5).busy()).isFalse();
    }

    @Test
    void a_window_is_busy_when_other_programs_took_more_than_the_limit_whatever_the_load_average() {
        // 30 s window: the machine less the bench was busy 30 s of CPU, the platform's processes 24 s of it.
        CpuAccount account = new CpuAccount(30, 9_000, 36_000, 6_000, 30_000, 3.33, 1.0,
                List.of(new CpuAccount.ProcessCpu("commitment-service", 24_000, 2.67, 0.8)), 2.67, 6_000, 0.67, 0.2);

        OtherWork others = OtherWork.of(account, 0.15);

        assertThat(others.cores()).isEqualTo(0.2);
        assertThat(others.busy()).isTrue();
        assertThat(others.describe()).contains("0.20 cores", "BUSY MACHINE");
        assertThat(OtherWork.of(account, 0.25).busy()).isFalse();
        assertThat(OtherWork.of(null, 0.2).busy()).isFalse();
    }

    @Test
    void a_window_counts_the_answers_that_arrived_inside_it_edges_included() {
        Answers answers = new Answers();
        for (long t : new long[] {5, 10, 15, 20, 25}) {
            answers.add(t);
        }

        assertThat(answers.between(10, 20)).isEqualTo(3);
        answers.forgetBefore(15);
        assertThat(answers.between(0, 100)).isEqualTo(3);
    }

    @Test
    void numbers_and_shares_print_as_the_tables_show_them() {
        assertThat(Report.number(Double.NaN)).isEqualTo("n/a");
        assertThat(Report.number(Double.POSITIVE_INFINITY)).isEqualTo("∞");
        assertThat(Report.number(400.0)).isEqualTo("400");
        assertThat(Report.number(12.345)).isEqualTo("12.3");
        assertThat(Report.number(1.2345)).isEqualTo("1.23");
        assertThat(Report.percent(0.995)).isEqualTo("99.5 %");
        assertThat(Report.percent(0.001)).isEqualTo("0.10 %");
    }

    @Test
    void a_promise_list_page_yields_the_promises_it_shows_with_the_status_asked_for() {
        String page = """
                {"items":[{"promiseId":"p-3","promiserId":"a","promiseeId":"b","description":"bench: water the plants",\
                "status":"OPEN","madeAt":"2026-12-07T09:00:02Z"},
                {"promiseId":"p-2","promiserId":"a","promiseeId":"b","description":"bench: water the plants",\
                "status":"KEPT","madeAt":"2026-12-07T09:00:01Z","closedAt":"2026-12-07T09:00:01.5Z"},
                {"promiseId" : "p-1","promiserId":"a","promiseeId":"b","description":"x","dueAt":"2026-12-08T00:00:00Z",\
                "status" : "KEPT","madeAt":"2026-12-07T09:00:00Z","closedAt":"2026-12-07T09:00:00.5Z"}],
                "next":"c-1"}""";

        assertThat(HearthApi.listed(page, "KEPT")).containsExactly("p-2", "p-1");
        assertThat(HearthApi.listed(page, "OPEN")).containsExactly("p-3");
        assertThat(HearthApi.field(page, "next")).contains("c-1");
        assertThat(HearthApi.field("{\"items\":[],\"next\":null}", "next")).isEmpty();
    }
}
