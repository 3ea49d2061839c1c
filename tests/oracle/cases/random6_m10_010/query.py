df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user IN ('bob', 'bob') AS isbob, '3' + qty AS q3s, ts + INTERVAL 1 HOUR AS later FROM (SELECT * FROM events WHERE named_struct('a', amount, 'u', user).a > 30 UNION ALL SELECT * FROM events WHERE '3' < qty) u WHERE named_struct('a', amount, 'u', user).a > 30")
OUTPUT_MODE = "append"
