df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events WHERE named_struct('a', amount, 'u', user).a > 30) SELECT channel, min(user) AS minu, round(sum(amount) / count(*), 2) AS per FROM base GROUP BY 1 HAVING count(*) > 1")
OUTPUT_MODE = "update"
