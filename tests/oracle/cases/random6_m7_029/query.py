df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT ts + INTERVAL 1 HOUR AS later, date_trunc('MINUTE', ts) AS minute, split_part(concat(region, '.', channel), '.', 2) AS part, CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch FROM events WHERE named_struct('a', amount, 'u', user).a > 30")
OUTPUT_MODE = "append"
