package dev.hearth.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CpuAccountingTest {

    private static final long BENCH = 900;
    private static final long GATEWAY = 100;
    private static final long HOST_JVM = 200;
    private static final long POSTMASTER = 300;

    @Test
    void a_stat_line_is_read_from_after_the_last_parenthesis_so_odd_command_names_do_not_shift_the_fields() {
        String line = "4242 (postgres: hearth (x) idle) S 300 4242 4242 0 -1 4194560 10 0 0 0 123 45 6 7 20 0 1 0 99 1000 10 0";

        ProcStat stat = ProcStat.parse(line);

        assertThat(stat).isEqualTo(new ProcStat(4242, 300, 123, 45, 6, 7));
        assertThat(stat.ownTicks()).isEqualTo(168);
        assertThat(stat.treeTicks()).isEqualTo(181);
    }

    @Test
    void a_line_that_is_not_a_stat_line_is_refused() {
        assertThatThrownBy(() -> ProcStat.parse("garbage")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_machine_is_busy_for_user_nice_system_irq_and_softirq_but_not_idle_iowait_or_steal() {
        String procStat = """
                cpu  1000 50 300 9000 400 20 30 70 5 0
                cpu0 500 25 150 4500 200 10 15 35 5 0
                intr 12345
                """;

        assertThat(MachineStat.parse(procStat).busyTicks()).isEqualTo(1000 + 50 + 300 + 20 + 30);
    }

    @Test
    void a_process_tree_counts_live_descendants_and_what_reaped_children_left_in_their_parents() {
        ProcessTree tree = new ProcessTree(List.of(
                new ProcStat(POSTMASTER, 1, 100, 50, 400, 100),
                new ProcStat(301, POSTMASTER, 10, 5, 0, 0),
                new ProcStat(302, 301, 1, 1, 0, 0),
                new ProcStat(400, 1, 999, 999, 0, 0)));

        assertThat(tree.members(List.of(POSTMASTER))).containsExactlyInAnyOrder(POSTMASTER, 301L, 302L);
        assertThat(tree.treeTicks(List.of(POSTMASTER))).hasValue(100 + 50 + 400 + 100 + 10 + 5 + 1 + 1);
        assertThat(tree.treeTicks(List.of(12345L))).isEmpty();
    }

    @Test
    void a_root_that_is_also_a_descendant_of_another_root_is_counted_once() {
        ProcessTree tree = new ProcessTree(List.of(new ProcStat(HOST_JVM, 1, 10, 0, 0, 0), new ProcStat(POSTMASTER, HOST_JVM, 20, 0, 0, 0)));

        assertThat(tree.treeTicks(List.of(HOST_JVM, POSTMASTER))).hasValue(30);
    }

    @Test
    void cpu_ms_per_command_is_the_machine_less_the_bench_over_the_commands_and_each_component_has_its_share() {
        // 100 ticks a second: a tick is 10 ms.
        CpuSample start = new CpuSample(0, 10_000, 500, components(1_000L, 2_000L));
        CpuSample end = new CpuSample(30_000_000_000L, 10_000 + 600, 500 + 100, components(1_000L + 150, 2_000L + 250));

        CpuAccount account = CpuAccount.between(start, end, 1_000, 100);

        assertThat(account.windowSeconds()).isEqualTo(30.0);
        assertThat(account.machineMs()).isEqualTo(6_000.0);
        assertThat(account.benchMs()).isEqualTo(1_000.0);
        assertThat(account.platformMs()).isEqualTo(5_000.0);
        assertThat(account.msPerCommand()).isEqualTo(5.0);
        assertThat(account.cores()).isCloseTo(5.0 / 30, within(1e-9));
        assertThat(account.processes()).containsExactly(
                new CpuAccount.ProcessCpu("gateway", 1_500.0, 1.5, 0.3),
                new CpuAccount.ProcessCpu("postgres", 2_500.0, 2.5, 0.5));
        assertThat(account).extracting(CpuAccount::processesMsPerCommand, CpuAccount::outsideMs,
                CpuAccount::outsideMsPerCommand, CpuAccount::outsideShare).containsExactly(4.0, 1_000.0, 1.0, 0.2);
    }

    @Test
    void a_component_restarted_or_missing_in_the_window_has_no_figure_and_its_time_falls_outside() {
        Map<String, CpuSample.Component> before = new LinkedHashMap<>();
        before.put("gateway", new CpuSample.Component(Set.of(GATEWAY), OptionalLong.of(1_000)));
        before.put("mongo", new CpuSample.Component(Set.of(), OptionalLong.empty()));
        Map<String, CpuSample.Component> after = new LinkedHashMap<>();
        after.put("gateway", new CpuSample.Component(Set.of(GATEWAY + 1), OptionalLong.of(10)));
        after.put("mongo", new CpuSample.Component(Set.of(), OptionalLong.empty()));

        CpuAccount account = CpuAccount.between(new CpuSample(0, 0, 0, before), new CpuSample(1_000_000_000L, 100, 0, after), 10, 100);

        assertThat(account.processes()).allSatisfy(process -> assertThat(process.ms()).isNaN());
        assertThat(account.outsideMs()).isEqualTo(1_000.0);
    }

    @Test
    void without_commands_there_is_no_figure_per_command() {
        CpuAccount account = CpuAccount.between(new CpuSample(0, 0, 0, Map.of()), new CpuSample(1, 10, 0, Map.of()), 0, 100);

        assertThat(account.msPerCommand()).isNaN();
    }

    @Test
    void the_sampler_reads_proc_stat_the_bench_and_each_components_tree_from_sample_text() {
        ProcFsFake proc = new ProcFsFake()
                .file("/proc/stat", "cpu  1000 0 500 9000 0 0 0 0 0 0\n")
                .process(BENCH, "java", 1, 70, 30, 0, 0)
                .process(GATEWAY, "java", 1, 200, 100, 0, 0)
                .process(HOST_JVM, "java", 1, 40, 10, 0, 0)
                .process(POSTMASTER, "postgres", 1, 10, 10, 80, 20)
                .process(301, "postgres: hearth hearth_commitment 127.0.0.1(5555) idle", POSTMASTER, 5, 5, 0, 0);
        Map<String, Set<Long>> roots = new LinkedHashMap<>();
        roots.put("gateway", Set.of(GATEWAY));
        roots.put("postgres", Set.of(HOST_JVM, POSTMASTER));
        roots.put("mongo", Set.of());
        AtomicLong clock = new AtomicLong(5);
        CpuSampler sampler = new CpuSampler(proc, () -> roots, BENCH, clock::get);

        CpuSample before = sampler.sample();
        // A backend ends and is reaped by the postmaster; a new one starts; the bench and gateway work.
        proc.gone(301)
                .process(POSTMASTER, "postgres", 1, 12, 10, 80 + 10, 20 + 8)
                .process(302, "postgres: hearth", POSTMASTER, 3, 0, 0, 0)
                .process(BENCH, "java", 1, 80, 30, 0, 0)
                .process(GATEWAY, "java", 1, 230, 110, 0, 0)
                .file("/proc/stat", "cpu  1100 0 560 9500 0 0 0 0 0 0\n");
        clock.set(1_000_000_005L);
        CpuSample after = sampler.sample();

        assertThat(before.machineBusyTicks()).isEqualTo(1500);
        assertThat(before.benchTicks()).isEqualTo(100);
        assertThat(before.components().get("postgres").ticks()).hasValue(50 + 120 + 10);
        assertThat(before.components().get("mongo").ticks()).isEmpty();
        CpuAccount account = CpuAccount.between(before, after, 10, 100);
        assertThat(account.machineMs()).isEqualTo(1_600.0);
        assertThat(account.benchMs()).isEqualTo(100.0);
        assertThat(account.processes().get(0)).isEqualTo(new CpuAccount.ProcessCpu("gateway", 400.0, 40.0, 400.0 / 1500));
        // In the window: the postmaster 2, the ended backend 8 more before it ended, the new one 3.
        assertThat(account.processes().get(1).ms()).isEqualTo((2 + 18 + 3 - 10) * 10.0);
        assertThat(account.processes().get(2).ms()).isNaN();
    }

    private static Map<String, CpuSample.Component> components(long gateway, long postgres) {
        Map<String, CpuSample.Component> components = new LinkedHashMap<>();
        components.put("gateway", new CpuSample.Component(Set.of(GATEWAY), OptionalLong.of(gateway)));
        components.put("postgres", new CpuSample.Component(Set.of(HOST_JVM, POSTMASTER), OptionalLong.of(postgres)));
        return components;
    }
}
