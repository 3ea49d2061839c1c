df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("SELECT gross, round(sum(amount) / count(*), 2) AS per, concat_ws('/', min(channel), max(channel)) AS span FROM (SELECT *, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band, round(amount * 1.2, 2) AS gross FROM events) ev WHERE qty BETWEEN 1 AND 4 AND NOT (region = 'apac' AND qty > 3) GROUP BY gross")
OUTPUT_MODE = "complete"
