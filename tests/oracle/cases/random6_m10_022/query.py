df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM (SELECT *, '10' - qty AS qleft, (amount > 50) = true AS big FROM events) ev WHERE '3' < qty AND user LIKE '%e%') SELECT channel, count(*) FILTER (WHERE amount > 50) AS nbig, count_if(note IS NULL) AS nonote FROM base GROUP BY channel")
OUTPUT_MODE = "update"
