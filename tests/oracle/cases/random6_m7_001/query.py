df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, date_format(ts, 'HH') AS hr FROM events) ev WHERE (region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu') AND amount > 5 OR qty IS NULL) SELECT region, sum(qty & 1) AS odd, max(qty) - min(qty) AS qrange FROM base GROUP BY 1 HAVING count(*) > 1")
OUTPUT_MODE = "update"
