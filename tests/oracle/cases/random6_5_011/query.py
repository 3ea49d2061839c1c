df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT user, upper(region) AS r, date_trunc('MINUTE', ts) AS minute, rc FROM (SELECT *, concat(region, ':', channel) AS rc FROM events) e WHERE user LIKE '%e%' AND amount IS NOT NULL")
OUTPUT_MODE = "append"
