df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT split_part(concat(region, '.', channel), '.', 2) AS part, initcap(user) AS iu, greatest(qty, 2) AS g, date_trunc('MINUTE', ts) AS minute, qleft FROM (SELECT *, '10' - qty AS qleft FROM events) e WHERE coalesce(note, '') NOT LIKE 'x%'")
OUTPUT_MODE = "append"
