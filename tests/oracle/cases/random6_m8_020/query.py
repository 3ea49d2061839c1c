df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT split_part(concat(region, '.', channel), '.', 2) AS part, ts + INTERVAL 1 HOUR AS later, id, '3' + qty AS q3s FROM events WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') AND (amount > 10) = true")
OUTPUT_MODE = "append"
