df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT '3' + qty AS q3s, abs(qty - 3) AS dq, initcap(user) AS iu, space(qty) AS sp FROM (SELECT * FROM events WHERE named_struct('a', amount, 'u', user).a > 30 UNION ALL SELECT * FROM events WHERE (qty | 1) = 3) u WHERE qty BETWEEN 1 AND 4")
OUTPUT_MODE = "append"
