df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)
df.withWatermark("ts", "5 minutes").dropDuplicates(["id", "ts"]).createOrReplaceTempView("events")
result = spark.sql("WITH base AS (SELECT * FROM events) SELECT user, count(note) AS nnotes, count_if(note IS NULL) AS nonote FROM base GROUP BY user HAVING count(*) > 1")
OUTPUT_MODE = "update"
