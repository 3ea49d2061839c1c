df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "2 minutes").createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, '10' - qty AS qleft FROM events) ev WHERE '3' < qty) SELECT qleft, count(*) FILTER (WHERE amount > 50) AS nbig, max(named_struct('a', amount, 'u', user)).u AS top2, count(*) FILTER (WHERE qty IN (1, 1)) AS ones FROM base GROUP BY qleft")
OUTPUT_MODE = "update"
