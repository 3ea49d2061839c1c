df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, round(amount * 1.2, 2) AS gross FROM events) ev) SELECT user, bool_or(amount > 80) AS anyhuge FROM base GROUP BY user HAVING count(*) > 2")
OUTPUT_MODE = "update"
