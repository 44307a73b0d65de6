package dev.hearth.platform.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Misses a service's membership check cannot afford to wait for all: {@value #REQUESTS} parallel
 * requests for couples nobody formed, first from one caller, then from {@value #REQUESTS} callers,
 * and one member's request in the middle of each flood. The service's count of waiting misses
 * ({@code hearth_membership_waiting}) is sampled all along; its peak is reported, never a duration
 * asserted.
 *
 * @param oneCaller   statuses of the first flood, by status
 * @param manyCallers statuses of the second flood, by status
 * @param member      the statuses of the member's request during each flood
 * @param memberTook  how long the member's requests took, for the report
 * @param peakWaiting the most waiting misses seen at once
 * @param took        how long the two floods took, for the report
 */
public record MembershipFlood(Map<Integer, Integer> oneCaller, Map<Integer, Integer> manyCallers, List<Integer> member,
                              List<Duration> memberTook, int peakWaiting, Duration took) {

    public static final int REQUESTS = 300;

    /**
     * @param api           the service
     * @param coupleRequest the path a caller reads for a couple id, e.g. {@code /api/couples/%s/insights}
     * @param tokenOf       a token for a user id
     * @param memberRequest the member's own request, with its answer
     * @param waiting       the service's count of waiting misses
     */
    public static MembershipFlood run(ApiClient api, String coupleRequest, Function<String, String> tokenOf,
                                      Supplier<ApiResponse> memberRequest, IntSupplier waiting) {
        AtomicInteger peak = new AtomicInteger();
        AtomicBoolean flooding = new AtomicBoolean(true);
        long began = System.nanoTime();
        List<Integer> member = new ArrayList<>();
        List<Duration> memberTook = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            threads.submit(() -> {
                while (flooding.get()) {
                    peak.accumulateAndGet(waiting.getAsInt(), Math::max);
                    Thread.onSpinWait();
                }
            });
            String stranger = "stranger-" + UUID.randomUUID();
            String strangersToken = tokenOf.apply(stranger);
            Map<Integer, Integer> oneCaller = flood(threads, api, coupleRequest, index -> strangersToken, memberRequest, member, memberTook);
            Map<Integer, Integer> manyCallers = flood(threads, api, coupleRequest,
                    index -> tokenOf.apply(stranger + "-" + index), memberRequest, member, memberTook);
            flooding.set(false);
            return new MembershipFlood(oneCaller, manyCallers, member, memberTook, peak.get(),
                    Duration.ofNanos(System.nanoTime() - began));
        }
    }

    private static Map<Integer, Integer> flood(ExecutorService threads, ApiClient api, String coupleRequest,
                                               Function<Integer, String> tokenOf, Supplier<ApiResponse> memberRequest,
                                               List<Integer> member, List<Duration> memberTook) {
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String token = tokenOf.apply(i);
            String path = coupleRequest.formatted(UUID.randomUUID());
            answers.add(threads.submit(() -> api.get(path, token).status()));
        }
        long sent = System.nanoTime();
        member.add(memberRequest.get().status());
        memberTook.add(Duration.ofNanos(System.nanoTime() - sent));
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<Integer> answer : answers) {
            try {
                statuses.merge(answer.get(), 1, Integer::sum);
            } catch (Exception e) {
                statuses.merge(-1, 1, Integer::sum);
            }
        }
        return statuses;
    }
}
