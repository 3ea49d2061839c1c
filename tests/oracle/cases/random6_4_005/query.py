df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").createOrReplaceTempView("events")
result = spark.sql("SELECT window(ts, '10 minutes') AS w, region, count(*) FILTER (WHERE amount > 50) AS nbig, concat_ws('/', min(channel), max(channel)) AS span FROM (SELECT *, round(amount * 1.2, 2) AS gross, CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END AS band FROM events) ev WHERE amount IS NOT NULL AND amount > 5 OR qty IS NULL GROUP BY window(ts, '10 minutes'), region")
OUTPUT_MODE = "append"
