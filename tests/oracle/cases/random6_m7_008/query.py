df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, named_struct('r', region, 'c', channel).c AS ch2, length(user) % 3 AS ulen FROM events) ev) SELECT window(ts, '10 minutes').start AS wstart, region, sum(qty & 1) AS odd FROM base GROUP BY window(ts, '10 minutes'), region HAVING count(*) > 2")
OUTPUT_MODE = "append"
