df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, region, max(named_struct('a', amount, 'u', user)).u AS top2, max_by(user, amount) AS maxu, round(avg(amount), 3) AS avga FROM (SELECT *, nvl(qty, 0) % 2 = 0 AS even, '10' - qty AS qleft FROM events) ev WHERE user LIKE '%e%' AND coalesce(note, '') NOT LIKE 'x%' GROUP BY window(ts, '10 minutes'), region")
OUTPUT_MODE = "update"
