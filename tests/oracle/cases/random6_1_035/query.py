df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT split_part(concat(region, '.', channel), '.', 2) AS part, id FROM (SELECT * FROM events WHERE NOT (region = 'apac' AND qty > 3) UNION ALL SELECT * FROM events WHERE channel <> 'store') u")
OUTPUT_MODE = "append"
