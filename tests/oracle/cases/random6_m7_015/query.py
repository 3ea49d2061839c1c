df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT abs(qty - 3) AS dq, split_part(concat(region, '.', channel), '.', 2) AS part, greatest(qty, 2) AS g, '3' + qty AS q3s, ch2 FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2 FROM events) e WHERE user RLIKE '^[a-d]' AND qty IN (2, 2)")
OUTPUT_MODE = "append"
