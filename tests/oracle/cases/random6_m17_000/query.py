df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes', '5 minutes') AS w, note2, CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END AS howmany, sum(qty & 1) AS odd, max(named_struct('a', amount, 'u', user)).u AS top2 FROM (SELECT *, coalesce(note, 'none') AS note2, upper(substr(user, 1, 1)) AS initial FROM events) ev WHERE named_struct('a', amount, 'u', user).a > 30 AND amount > 5 OR qty IS NULL GROUP BY ALL ORDER BY howmany DESC NULLS LAST")
OUTPUT_MODE = "complete"
