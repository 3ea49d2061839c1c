df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT concat_ws('-', user, channel) AS uc, '3' + qty AS q3s, split_part(concat(region, '.', channel), '.', 2) AS part FROM events WHERE user RLIKE '^[a-d]' AND qty BETWEEN 1 AND 4")
OUTPUT_MODE = "append"
